// SPDX-License-Identifier: MIT
#pragma once

// FORMAT.md's tender definition and bids file as published, shared by the tests that pin
// locations in them (the same texts are tests/data/format-md/*.yaml; the tender's $schema path
// there is one folder deeper). Lines longer than 100 columns are FORMAT.md's own.

namespace tenderscore::test {

inline constexpr const char* k_format_md_tender = R"(# yaml-language-server: $schema=../schemas/tender.schema.json
format: tenderscore/tender@1
tender:
  id: waste-2015
  title: Waste management and recycling services
  authority: Example County Council
  currency: GBP
  estimated_value: 50000000
  procedure: competitive-dialogue  # open | restricted | competitive-dialogue | competitive-flexible | grant | innovation-grant | light-touch | spot-purchase | direct-award
  legal_basis: [public-services-social-value-act-2012]
scales:
  quality-0-5:
    min: 0
    max: 5
    step: 1
    labels:
      0: Unacceptable — no response or fails to meet the requirement
      1: Poor — significant concerns
      2: Weak — some concerns
      3: Satisfactory — meets the requirement
      4: Good — meets the requirement with some added value
      5: Excellent — exceeds the requirement with clear added value
panel:
  evaluators:
    - {id: ev-procurement, role: procurement}
    - {id: ev-service, role: commissioner}
    - {id: ev-arts, role: arts-specialist}
  aggregate: mean          # mean | median ; used where no moderated score is given
  spread_flag: 2           # flag when max - min >= this many scale points
gates:
  - {id: insurance, text: Holds the required insurance levels}
  - {id: exclusion-grounds, text: No mandatory or discretionary exclusion grounds apply}
criteria:
  - id: price
    weight: 40
    price:
      method: lowest-ratio   # lowest-ratio | linear | range | budget
      abnormally_low: 0.8    # flag below 80% of the median compliant price
  - id: quality
    weight: 55
    threshold: 0.6           # exclude if below 60% of available quality points
    children:
      - {id: service-delivery, weight: 25, scale: quality-0-5, minimum: 2, text: Describe how you will deliver the collection service}
      - {id: recycling-performance, weight: 20, scale: quality-0-5, minimum: 2, text: "How will you raise recycling rates?"}
      - {id: mobilisation, weight: 10, scale: quality-0-5, text: Describe your mobilisation plan}
  - id: social-value
    weight: 5
    social_value: true
    children:
      - id: community-engagement
        weight: 5
        scale: quality-0-5
        text: >
          Innovative and engaging ideas for how the Provider will encourage the community to
          participate in activities that increase understanding of the impact of waste on the
          environment (arts and culture can be an effective way to communicate this).
tie_break: [quality, social-value]
contract:
  ringfence: {share: 0.001, purpose: Community arts projects on waste and recycling}
outcomes:
  - id: recycling
    text: Residents understand the impact of waste and recycle more
    kpis:
      - id: recycling-rate
        text: Household waste sent for reuse, recycling or composting
        unit: percent
        direction: higher
        weight: 70
        targets: {minimum: 45, expected: 50, stretch: 55}
      - id: arts-participants
        text: Number of people taking part in arts activities about waste
        unit: people
        direction: higher
        weight: 30
        targets: {minimum: 500, expected: 1000, stretch: 2000}
)";

// FORMAT.md's bids file as published.
inline constexpr const char* k_format_md_bids = R"(format: tenderscore/bids@1
tender: waste-2015
bids:
  - bidder: Greenway Services Ltd
    lot: null
    price: 47200000
    gates: {insurance: pass, exclusion-grounds: pass}
    scores:
      service-delivery:
        evaluators: {ev-procurement: 4, ev-service: 4, ev-arts: 3}
        moderated: 4
        comment: Clear collection plan with resilience for peak periods.
      recycling-performance:
        evaluators: {ev-procurement: 3, ev-service: 3, ev-arts: 3}
      mobilisation:
        evaluators: {ev-procurement: 3, ev-service: 4, ev-arts: 3}
      community-engagement:
        evaluators: {ev-procurement: 4, ev-service: 5, ev-arts: 5}
        moderated: 5
    conflicts: []            # evaluator ids that declared a conflict for this bidder
    commitments:
      kpis: {recycling-rate: 52, arts-participants: 1500}
)";

} // namespace tenderscore::test
