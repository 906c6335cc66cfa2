// SPDX-License-Identifier: MIT
#include <tenderscore/app/summaries_out.hpp>

#include <tenderscore/app/output.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

namespace tenderscore::app {

namespace fs = std::filesystem;

std::vector<SummaryFile> render_summaries(const report::Evaluation& evaluation,
                                          const report::SummaryOptions& options,
                                          const std::string& format)
{
  const std::vector<report::AssessmentSummary> summaries = report::assessment_summaries(evaluation);
  const std::vector<std::string> names = report::summary_file_names(summaries, format);
  std::vector<SummaryFile> files;
  for (std::size_t i = 0; i < summaries.size(); ++i) {
    std::ostringstream out;
    if (format == "html") {
      report::write_summary_html(summaries[i], evaluation, options, out);
    } else {
      report::write_summary_md(summaries[i], evaluation, options, out);
    }
    files.push_back({names[i], out.str()});
  }
  return files;
}

void stage_summaries(const std::string& dir, const std::vector<SummaryFile>& files,
                     const std::vector<std::string>& inputs, StagedFiles& staged)
{
  std::error_code error;
  const fs::path folder(dir);
  if (!fs::is_directory(folder, error)) {
    // each folder made, outermost first, so that a failed run removes them all again
    std::vector<fs::path> missing;
    for (fs::path p = folder; !p.empty() && !fs::exists(p, error); p = p.parent_path()) {
      missing.push_back(p);
      if (p == p.parent_path()) {
        break;
      }
    }
    fs::create_directories(folder, error);
    if (error) {
      throw OutputError(fmt::format("cannot create '{}': {}", dir, error.message()));
    }
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
      staged.made_folder(it->string());
    }
  }
  // The names are predictable (a slug and a hash of the bidder's name), so someone who can
  // write in DIR could plant a link or a pipe under one: refuse anything but a regular file,
  // before writing any summary.
  for (const auto& file : files) {
    const fs::path path = folder / file.name; // names never hold a separator or ".."
    const fs::file_status status = fs::symlink_status(path, error);
    if (fs::exists(status) && !fs::is_regular_file(status)) {
      throw OutputError(fmt::format("refusing to write '{}': it exists and is not a regular file "
                                    "(a link, pipe, device or folder)",
                                    path.string()));
    }
  }
  for (const auto& file : files) {
    staged.add(StagedFile((folder / file.name).string(), file.content, inputs));
  }
}

void write_summaries(const std::string& dir, const std::vector<SummaryFile>& files,
                     const std::vector<std::string>& inputs)
{
  StagedFiles staged;
  stage_summaries(dir, files, inputs, staged);
  staged.commit();
}

std::vector<std::string> stale_summaries(const std::string& dir,
                                         const std::vector<SummaryFile>& files)
{
  std::vector<std::string> stale;
  std::error_code error;
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    const std::string name = it->path().filename().string();
    const std::string extension = it->path().extension().string();
    const bool summary =
        name.starts_with("summary-") && (extension == ".md" || extension == ".html");
    const bool written = std::any_of(files.begin(), files.end(),
                                     [&](const SummaryFile& file) { return file.name == name; });
    if (summary && !written) {
      stale.push_back(name);
    }
  }
  std::sort(stale.begin(), stale.end());
  return stale;
}

} // namespace tenderscore::app
