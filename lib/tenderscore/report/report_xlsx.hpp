// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/report/evaluation.hpp>

#include <stdexcept>
#include <string>
#include <string_view>

namespace tenderscore::report {

// The XLSX workbook could not be built (libxlsxwriter failed or its temporary file could not
// be read back): an internal or I/O fault, never bad input.
class XlsxError : public std::runtime_error
{
public:
  using std::runtime_error::runtime_error;
};

// A valid round too large for the XLSX format (a worksheet holds 1,048,576 rows and 16,384
// columns; each lot sheet has a column per ranked bid): the message says which limit.
class XlsxLimitError : public XlsxError
{
public:
  using XlsxError::XlsxError;
};

/// Return `evaluation` as the bytes of an XLSX workbook: a method and audit sheet, the weights
/// and scales, every evaluator's score, and one sheet per lot whose final scores, points,
/// price points, totals and prices per quality point are live formulas over those cells, each
/// with the engine's value as its cached result. Identical evaluations give identical bytes.
/// Throw XlsxLimitError when the round does not fit the format, XlsxError on a fault.
std::string xlsx_report(const Evaluation& evaluation);

/// Return untrusted `text` as it is put into a workbook cell: a leading `'` when it would start
/// a formula (`=`, `+`, `-`, `@`, tab or CR), control characters and invalid UTF-8 escaped as
/// util::escape_terminal does (line breaks kept), the underscore of every literal `_xHHHH_`
/// (which a spreadsheet would decode into U+HHHH) written `_x005F_`, cut to the 32,767
/// characters a cell holds.
std::string xlsx_text(std::string_view text);

} // namespace tenderscore::report
