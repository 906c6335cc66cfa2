// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/app/output.hpp>
#include <tenderscore/report/evaluation.hpp>
#include <tenderscore/report/summaries.hpp>

#include <string>
#include <vector>

namespace tenderscore::app {

// One rendered assessment summary: a safe file name and its content.
struct SummaryFile
{
  std::string name;
  std::string content;
};

/// Render the assessment summary of every bidder of `evaluation` that reached the final stage
/// in `format` ("md" or "html"; the file extension too), each named by
/// report::summary_file_names.
std::vector<SummaryFile> render_summaries(const report::Evaluation& evaluation,
                                          const report::SummaryOptions& options,
                                          const std::string& format = "md");

/// Create the folder `dir` when missing and stage each of `files` in it into `staged` (see
/// StagedFiles), refusing to overwrite any of `inputs` or anything but a regular file. Nothing
/// is in place until `staged` is committed. Throw OutputError.
void stage_summaries(const std::string& dir, const std::vector<SummaryFile>& files,
                     const std::vector<std::string>& inputs, StagedFiles& staged);

/// stage_summaries, then commit: a failed run leaves no new file.
void write_summaries(const std::string& dir, const std::vector<SummaryFile>& files,
                     const std::vector<std::string>& inputs);

/// Return, sorted, the names of the summary files ("summary-*.md" and "summary-*.html") in
/// `dir` that are not among `files`: left by an earlier run (a bidder since excluded or renamed)
/// and not to be sent out with this one. Empty when `dir` does not exist.
std::vector<std::string> stale_summaries(const std::string& dir,
                                         const std::vector<SummaryFile>& files);

} // namespace tenderscore::app
