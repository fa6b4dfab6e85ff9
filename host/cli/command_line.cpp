#include "cli/command_line.h"

#include <CLI/CLI.hpp>
#include <map>

#include "install/browser_folders.h"
#include "model/extension_id.h"

namespace consentry {

namespace {

// The caller a browser names when it launches the host, or nullopt for a person's command line.
std::optional<std::string> browser_caller(const std::vector<std::string>& args) {
  if (args.size() >= 2 && args[1].starts_with(kChromeOriginPrefix)) return args[1];
  // Firefox: <path to the host manifest> <add-on id>
  if (args.size() == 3 && args[1].ends_with(".json") && args[1].find('/') != std::string::npos &&
      !args[2].starts_with("-")) {
    return args[2];
  }
  return std::nullopt;
}

// Each category's wire name, for CLI11 to turn CATEGORY into a Category (and list in --help).
std::map<std::string, Category> category_names() {
  std::map<std::string, Category> names;
  for (Category category : kAllCategories) names.emplace(category_name(category), category);
  return names;
}

InstallCommandOptions uninstall_options() {
  InstallCommandOptions options;
  options.uninstall = true;
  return options;
}

struct Parsers {
  CLI::App app{"Consentry's native messaging host: classifies cookies and applies your choices.",
               "consentry-host"};
  CommandLine result;
  ServeOptions serve;
  ClassifyOptions classify;
  InspectOptions inspect;
  PrefsOptions prefs;
  InstallCommandOptions install;
  InstallCommandOptions uninstall = uninstall_options();
  DoctorCommandOptions doctor;
  CLI::App* serve_command = nullptr;
  CLI::App* classify_command = nullptr;
  CLI::App* inspect_command = nullptr;
  CLI::App* prefs_command = nullptr;
  CLI::App* prefs_set = nullptr;
  CLI::App* prefs_reset = nullptr;
  CLI::App* prefs_caution = nullptr;
  CLI::App* install_command = nullptr;
  CLI::App* uninstall_command = nullptr;
  CLI::App* doctor_command = nullptr;
};

constexpr const char* kInstallFooter =
    "Without --browser, install writes for each browser found for you: its program is on PATH\n"
    "(macOS: its app in /Applications or ~/Applications), or it has a profile in your home.\n"
    "Vivaldi and Opera document no manifest folder: they get the Chromium family's, the\n"
    "NativeMessagingHosts folder in their user data folder, and no system-wide one.";

void add_install_options(CLI::App& command, InstallCommandOptions& options) {
  std::vector<std::string> names = {"all"};
  for (Browser browser : kAllBrowsers) names.emplace_back(browser_name(browser));
  command
      .add_option("--browser", options.browsers,
                  "chrome, chromium, edge, brave, vivaldi, opera, firefox or all (repeatable; "
                  "default: install for each browser found, uninstall for all)")
      ->check(CLI::IsMember(names));
  command.add_option("--extension-id", options.extension_ids,
                     "an extension id (Chromium) or add-on id (Firefox) to allow; repeatable");
  auto* dir = command.add_option("--dir", options.dir, "write the manifests into DIR");
  command.add_flag("--system", options.system, "use the system-wide folders (needs root)")
      ->excludes(dir);
}

void build(Parsers& p) {
  CLI::App& app = p.app;
  app.set_version_flag("--version", CONSENTRY_VERSION);
  app.add_option("--data-dir", p.result.data_dir,
                 "where preferences and the deletion log live (also CONSENTRY_DATA_DIR)");
  app.require_subcommand(1, 1);
  app.fallthrough();  // global options (--data-dir) may also follow the command

  p.serve_command = app.add_subcommand("serve", "speak native messaging on stdin/stdout");
  p.serve_command
      ->add_option("--max-message-bytes", p.serve.max_message_bytes,
                   "largest request accepted (default 4 MiB)")
      ->check(CLI::Range(size_t{1}, size_t{0xffffffff}));

  p.classify_command = app.add_subcommand(
      "classify", "JSON Lines of cookies in, one JSON line per cookie out (category, reason, ...)");
  p.classify_command->add_option("FILE", p.classify.file, "input file; stdin when absent or -");

  p.inspect_command = app.add_subcommand(
      "inspect", "cookies by site with category, lifetime, reason and what your preferences do");
  p.inspect_command->add_option("FILE", p.inspect.file,
                                "a JSONL cookie export; the deletion log when absent");
  p.inspect_command->add_flag("--json", p.inspect.json, "machine-readable output");

  p.prefs_command = app.add_subcommand("prefs", "show or change your preferences");
  p.prefs_command->add_flag("--json", p.prefs.json, "show as JSON");
  p.prefs_command->require_subcommand(0, 1);
  p.prefs_command->add_subcommand("show", "show the preferences (the default)");
  p.prefs_set = p.prefs_command->add_subcommand("set", "allow or refuse a category");
  p.prefs_set->add_option("CATEGORY", p.prefs.category, "functional, performance or targeting")
      ->required()
      ->transform(CLI::CheckedTransformer(category_names()));
  p.prefs_set->add_option("SETTING", p.prefs.allowed, "allow or refuse")
      ->required()
      ->transform(CLI::CheckedTransformer(std::map<std::string, bool>{
          {"allow", true}, {"refuse", false}, {"on", true}, {"off", false}}));
  p.prefs_set->add_option("--site", p.prefs.site, "only on this site (a domain or URL)");
  p.prefs_reset = p.prefs_command->add_subcommand("reset", "drop a site's override");
  p.prefs_reset->add_option("SITE", p.prefs.site, "the site (a domain or URL)")->required();
  p.prefs_caution = p.prefs_command->add_subcommand(
      "caution", "how sure Consentry must be before deleting a refused cookie");
  p.prefs_caution
      ->add_option("LEVEL", p.prefs.caution,
                   "careful (the default), balanced or strict: each deletes on lighter evidence")
      ->required()
      ->check(CLI::IsMember({"careful", "balanced", "strict"}));

  p.install_command =
      app.add_subcommand("install", "register the host with your browsers (each one found)");
  add_install_options(*p.install_command, p.install);
  p.install_command->footer(kInstallFooter);
  p.uninstall_command = app.add_subcommand("uninstall", "remove the host's registrations");
  add_install_options(*p.uninstall_command, p.uninstall);
  p.doctor_command = app.add_subcommand(
      "doctor", "whether each browser found reaches this host; what to run when it does not");
  p.doctor_command->add_flag("--json", p.doctor.json, "machine-readable output");
}

Command chosen_command(Parsers& p) {
  if (p.serve_command->parsed()) return p.serve;
  if (p.classify_command->parsed()) return p.classify;
  if (p.inspect_command->parsed()) return p.inspect;
  if (p.install_command->parsed()) return p.install;
  if (p.uninstall_command->parsed()) return p.uninstall;
  if (p.doctor_command->parsed()) return p.doctor;
  if (p.prefs_set->parsed()) p.prefs.action = PrefsOptions::Action::set;
  if (p.prefs_reset->parsed()) p.prefs.action = PrefsOptions::Action::reset;
  if (p.prefs_caution->parsed()) p.prefs.action = PrefsOptions::Action::caution;
  return p.prefs;
}

}  // namespace

CommandLine parse_command_line(const std::vector<std::string>& args) {
  if (auto caller = browser_caller(args)) {
    return CommandLine{std::nullopt, ServeOptions{kDefaultMaxRequestBytes, caller}};
  }
  Parsers parsers;
  build(parsers);
  std::vector<const char*> argv;
  for (const std::string& arg : args) argv.push_back(arg.c_str());
  try {
    parsers.app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::CallForHelp&) {
    return {std::nullopt, PrintAndExit{0, parsers.app.help(), ""}};
  } catch (const CLI::CallForAllHelp&) {
    return {std::nullopt, PrintAndExit{0, parsers.app.help("", CLI::AppFormatMode::All), ""}};
  } catch (const CLI::CallForVersion&) {
    return {std::nullopt, PrintAndExit{0, std::string(CONSENTRY_VERSION) + "\n", ""}};
  } catch (const CLI::ParseError& error) {
    // CLI11 reports an unknown command as a missing one; name what was typed instead.
    auto extra = parsers.app.remaining();
    std::string problem = extra.empty() || parsers.app.get_subcommands().size() > 0
                              ? std::string(error.what())
                              : "unknown command \"" + extra.front() + "\"";
    std::string message =
        "consentry-host: " + problem + "\nRun 'consentry-host --help' for usage.\n";
    return {std::nullopt, PrintAndExit{2, "", message}};
  }
  parsers.result.command = chosen_command(parsers);
  return std::move(parsers.result);
}

}  // namespace consentry
