// SPDX-License-Identifier: MIT
#include <tenderscore/score/weight_draws.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <stdexcept>

namespace tenderscore::score {

namespace {

// Uniform, normal and Gamma draws written out here, so that a seed gives the same draws with any
// standard library (std::normal_distribution and std::gamma_distribution are not specified
// exactly; std::mt19937_64's sequence is).
class Draws
{
public:
  explicit Draws(std::uint64_t seed)
      : m_engine(seed)
  {
  }

  /// A double in (0, 1): 53 random bits, centred in their interval.
  double uniform() { return (static_cast<double>(m_engine() >> 11) + 0.5) * 0x1.0p-53; }

  /// A standard normal draw (Marsaglia's polar method, one of the pair).
  double normal()
  {
    while (true) {
      const double u = 2 * uniform() - 1;
      const double v = 2 * uniform() - 1;
      const double s = u * u + v * v;
      if (s > 0 && s < 1) {
        return u * std::sqrt(-2 * std::log(s) / s);
      }
    }
  }

  /// The logarithm of a Gamma(shape, 1) draw (Marsaglia and Tsang 2000; a shape below 1 is
  /// boosted: G(shape) = G(shape + 1) · U^(1/shape), added in logarithms, because at small shapes
  /// the draw itself underflows to 0).
  double log_gamma_draw(double shape)
  {
    if (shape < 1) {
      return log_gamma_draw(shape + 1) + std::log(uniform()) / shape;
    }
    const double d = shape - 1.0 / 3;
    const double c = 1 / std::sqrt(9 * d);
    while (true) {
      double x = 0;
      double v = 0;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const double u = uniform();
      if (u < 1 - 0.0331 * (x * x) * (x * x) ||
          std::log(u) < 0.5 * x * x + d * (1 - v + std::log(v))) {
        return std::log(d * v);
      }
    }
  }

private:
  std::mt19937_64 m_engine;
};

LotDraws draw_lot(const LotResult& lot, bool per_point, const DrawOptions& options)
{
  LotDraws out{lot.lot, options.draws, {}, {}, {}};
  // the criteria with a weight to draw (every bid of a lot has the same weights)
  std::vector<double> published;
  const auto sample = std::find_if(lot.bids.begin(), lot.bids.end(), [](const BidResult& bid) {
    return bid.status == BidStatus::ranked && bid.total;
  });
  for (const auto& id : lot.top_level) {
    if (sample == lot.bids.end()) {
      break;
    }
    for (const auto& c : sample->criteria) {
      if (c.depth == 0 && c.id == id && c.weight > 0) {
        published.push_back(util::to_double(c.weight));
        out.criteria.push_back(id);
      }
    }
  }
  std::vector<std::vector<double>> per_weight; // per bid, per drawn criterion
  for (const auto& bid : lot.bids) {
    if (bid.status != BidStatus::ranked || !bid.total) {
      continue;
    }
    std::vector<double> row(out.criteria.size(), 0.0);
    for (std::size_t i = 0; i < out.criteria.size(); ++i) {
      for (const auto& c : bid.criteria) {
        if (c.depth == 0 && c.id == out.criteria[i]) {
          Rational value = c.points / c.weight;
          if (per_point && bid.price && *bid.price > 0) {
            value = value / *bid.price;
          }
          row[i] = util::to_double(value);
        }
      }
    }
    per_weight.push_back(std::move(row));
    out.bids.push_back({bid.bidder, 0, 0, {}});
  }
  if (out.bids.empty()) {
    out.note = "no bid was ranked";
    out.draws = 0;
    return out;
  }
  if (out.bids.size() > options.max_bids) {
    out.note = fmt::format("{} bids are ranked, over the {} drawn for here (`tenderscore "
                           "sensitivity` draws for any number)",
                           out.bids.size(), options.max_bids);
    out.bids.clear();
    out.draws = 0;
    return out;
  }
  if (out.criteria.size() < 2) {
    out.note = "fewer than two top-level criteria carry weight, so there is no weight to vary";
    out.draws = 0;
    return out;
  }
  const std::size_t n = out.bids.size();
  for (auto& bid : out.bids) {
    bid.ranks.assign(n, 0);
  }
  std::vector<double> shape(published.size());
  for (std::size_t i = 0; i < published.size(); ++i) {
    shape[i] = options.concentration * published[i] / 100;
  }
  Draws draws(options.seed);
  std::vector<double> weight(published.size());
  std::vector<double> standing(n);
  std::vector<std::size_t> order(n);
  for (std::uint64_t draw = 0; draw < options.draws; ++draw) {
    // Dirichlet: Gamma draws normalised to sum to 100, in logarithms (log-sum-exp) so that
    // draws far below 1 neither underflow nor divide 0 by 0
    double top = -std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < weight.size(); ++i) {
      weight[i] = draws.log_gamma_draw(shape[i]);
      top = std::max(top, weight[i]);
    }
    double sum = 0;
    for (double& w : weight) {
      w = std::exp(w - top);
      sum += w;
    }
    for (double& w : weight) {
      w = 100 * w / sum;
    }
    for (std::size_t b = 0; b < n; ++b) {
      double total = 0;
      for (std::size_t i = 0; i < weight.size(); ++i) {
        total += per_weight[b][i] * weight[i];
      }
      standing[b] = total;
    }
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
      return standing[x] > standing[y] || (standing[x] == standing[y] && x < y);
    });
    std::size_t rank = 0; // 0-based rank of the current group of equal standing
    for (std::size_t k = 0; k < n; ++k) {
      if (k > 0 && standing[order[k]] != standing[order[k - 1]]) {
        rank = k;
      }
      ++out.bids[order[k]].ranks[rank];
    }
    const bool tie = n > 1 && standing[order[0]] == standing[order[1]];
    for (std::size_t k = 0; k < n && standing[order[k]] == standing[order[0]]; ++k) {
      ++(tie ? out.bids[order[k]].first_tied : out.bids[order[k]].first_alone);
    }
  }
  return out;
}

} // namespace

std::vector<LotDraws> weight_uncertainty(const Result& result, const DrawOptions& options)
{
  if (options.draws == 0) {
    throw std::invalid_argument("the number of draws must be at least 1");
  }
  if (!(options.concentration > 0) || !std::isfinite(options.concentration)) {
    throw std::invalid_argument("the concentration must be a positive number");
  }
  const bool per_point = result.award == "price-per-quality-point";
  std::vector<LotDraws> out;
  for (const auto& lot : result.lots) {
    out.push_back(draw_lot(lot, per_point, options));
  }
  return out;
}

} // namespace tenderscore::score
