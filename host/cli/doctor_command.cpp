#include "cli/doctor_command.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>

#include "base/fd_write.h"
#include "cli/own_command.h"
#include "cli/terminal_text.h"
#include "install/browser_presence.h"
#include "install/doctor.h"
#include "install/running_program.h"
#include "json/json_writer.h"
#include "store/data_dir.h"
#include "store/installed_extensions.h"

namespace consentry {

namespace {

struct Examined {
  BrowserPresence presence;
  std::optional<BrowserDiagnosis> diagnosis;  // for the browsers present
};

struct Report {
  std::string program;
  std::vector<Examined> browsers;

  bool ok() const {
    bool any = false;
    for (const Examined& examined : browsers) {
      if (!examined.diagnosis) continue;
      any = true;
      if (!examined.diagnosis->reaches_host()) return false;
    }
    return any;
  }
};

Report examine(const std::optional<std::string>& data_dir) {
  DoctorOptions options;
  options.program = running_program();
  options.recorded = read_installed_extensions(resolve_data_dir(data_dir));
  options.command = own_command(data_dir);
  Report report{options.program.string(), {}};
  for (const BrowserPresence& presence : find_browsers()) {
    Examined examined{presence, std::nullopt};
    if (presence.present) {
      examined.diagnosis =
          diagnose(presence.browser, manifest_locations(presence.browser), options);
    }
    report.browsers.push_back(std::move(examined));
  }
  return report;
}

std::string render_findings(const BrowserDiagnosis& diagnosis) {
  std::string out;
  for (const DoctorFinding& finding : diagnosis.findings) {
    out += std::string(finding.blocking ? "  problem: " : "  note: ") +
           escape_for_terminal(finding.problem) + "\n";
    out += "    fix: " + escape_for_terminal(finding.fix) + "\n";
  }
  return out;
}

std::string render_text(const Report& report, const std::optional<std::string>& data_dir) {
  std::string out;
  std::string absent;
  bool present = false;
  for (const Examined& examined : report.browsers) {
    std::string name(browser_name(examined.presence.browser));
    if (!examined.diagnosis) {
      absent += (absent.empty() ? "" : ", ") + name;
      continue;
    }
    present = true;
    const BrowserDiagnosis& diagnosis = *examined.diagnosis;
    if (diagnosis.reaches_host()) {
      out += name + ": reaches this host through " +
             escape_for_terminal(diagnosis.manifest->string()) +
             (diagnosis.system_wide ? " (system-wide)" : "") + "\n";
    } else {
      out += name + ": does not reach this host\n";
    }
    out += render_findings(diagnosis);
  }
  if (!absent.empty()) out += "not found for you: " + absent + "\n";
  if (!present) {
    out +=
        "No browser found: if yours is installed elsewhere, register the host with it by "
        "name: " +
        own_command(data_dir) + " install --browser NAME\n";
  }
  return out;
}

void write_diagnosis(JsonWriter& writer, const BrowserDiagnosis& diagnosis) {
  writer.member("reaches_host", diagnosis.reaches_host());
  writer.key("manifest");
  if (diagnosis.manifest) {
    writer.string(diagnosis.manifest->string());
  } else {
    writer.null();
  }
  writer.member("system_wide", diagnosis.system_wide);
  writer.key("findings");
  writer.begin_array();
  for (const DoctorFinding& finding : diagnosis.findings) {
    writer.begin_object();
    writer.member("problem", finding.problem);
    writer.member("fix", finding.fix);
    writer.member("blocking", finding.blocking);
    writer.end_object();
  }
  writer.end_array();
}

std::string render_json(const Report& report) {
  std::string out;
  JsonWriter writer(out);
  writer.begin_object();
  writer.member("ok", report.ok());
  writer.member("program", report.program);
  writer.key("browsers");
  writer.begin_array();
  for (const Examined& examined : report.browsers) {
    writer.begin_object();
    writer.member("browser", browser_name(examined.presence.browser));
    writer.member("present", examined.presence.present);
    writer.member("evidence", examined.presence.evidence);
    if (examined.diagnosis) write_diagnosis(writer, *examined.diagnosis);
    writer.end_object();
  }
  writer.end_array();
  writer.end_object();
  return out + "\n";
}

}  // namespace

int run_doctor(const DoctorCommandOptions& options, const std::optional<std::string>& data_dir) {
  std::string out;
  bool ok = false;
  try {
    Report report = examine(data_dir);
    ok = report.ok();
    out = options.json ? render_json(report) : render_text(report, data_dir);
  } catch (const std::exception& error) {
    spdlog::error("{}", error.what());
    return 1;
  }
  if (!write_fully(STDOUT_FILENO, out)) return 1;
  return ok ? 0 : 1;
}

}  // namespace consentry
