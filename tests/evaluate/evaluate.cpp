// consentry-evaluate: runs the classifier over a labelled corpus (one cookie per line in the
// cookies API shape plus "label" and "site": tests/realsites/dev.jsonl, tests/corpus/*.jsonl)
// and prints accuracy, balanced accuracy, per-class precision and recall, necessary_at_risk (raw
// and adjudicated by the Open Cookie Database), each layer's share and accuracy, a reliability
// table and the trade-off of each caution level. `--folds K` cross-validates by site whatever is
// fitted on data (the signals layer's calibration): each site's cookies are judged with a table
// fitted on the other folds' sites only. With floors given, exits 1 when a figure misses them,
// so CTest can guard against regressions.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <map>
#include <optional>

#include "calibration_fit.h"
#include "classifier/classifier.h"
#include "classifier/cookie_signals.h"
#include "classifier/signal_scorer.h"
#include "confusion_matrix.h"
#include "json/cookie_json.h"
#include "json/untrusted_json.h"
#include "model/caution.h"
#include "model/site.h"
#include "open_cookie_database.h"

namespace consentry {
namespace {

struct Options {
  std::string corpus;
  double now = static_cast<double>(std::time(nullptr));
  bool errors = false;
  size_t folds = 0;
  std::string ocd;
  bool fit = false;
  double min_balanced_accuracy = 0;
  double max_necessary_at_risk = 1;
  double max_adjudicated_at_risk = 1;
};

struct LabelledCookie {
  Cookie cookie;
  Category label;
  std::string line;
  size_t line_number;
};

// One cookie as judged, with what the figures need.
struct Judged {
  Category label;
  Category predicted;
  double confidence;
  std::string layer;
  double strength = 0;       // signals layer: the raw score its confidence is calibrated from
  bool noisy_label = false;  // labelled necessary, but the OCD calls the name analytics/marketing
  size_t fold = 0;
};

// Every line must be a valid labelled cookie: a corpus that silently loses lines would make the
// figures lie.
std::vector<LabelledCookie> read_corpus(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open");
  std::vector<LabelledCookie> corpus;
  UntrustedJsonParser parser;
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      simdjson::dom::element json = parser.parse(line);
      std::string_view label_text;
      auto label = json["label"].get(label_text) ? std::nullopt : parse_category(label_text);
      if (!label) throw std::runtime_error("\"label\" must be one of the four categories");
      corpus.push_back({cookie_from_json(json), *label, line, number});
    } catch (const std::exception& error) {
      throw std::runtime_error(path + ":" + std::to_string(number) + ": " + error.what());
    }
  }
  return corpus;
}

// Which layer decided, from the rule id's form; knowledge-base rules by source, from their
// vendor id's prefix (host/data/README.md), since the sources' evidence is not equally strong.
std::string layer_of(const Classification& result) {
  if (result.rule == "signals") return "signals";
  if (result.rule.starts_with("domain:")) return "vendor domain";
  if (result.rule.starts_with("ocd-")) return "kb: open cookie db";
  if (result.rule.starts_with("cookieblock")) return "kb: cookieblock";
  if (result.rule.starts_with("tac-")) return "kb: tarteaucitron";
  return "kb: reviewed";
}

// Folds by site, stable across runs and platforms: sites sorted by an FNV-1a hash of their
// registrable domain, dealt out in turn.
std::vector<size_t> folds_by_site(const std::vector<LabelledCookie>& corpus, size_t folds) {
  auto hash = [](const std::string& text) {
    uint64_t value = 1469598103934665603ull;
    for (unsigned char c : text) value = (value ^ c) * 1099511628211ull;
    return value;
  };
  std::map<std::pair<uint64_t, std::string>, size_t> sites;
  for (const LabelledCookie& entry : corpus) {
    std::string site = site_of(entry.cookie);
    sites.emplace(std::pair{hash(site), site}, 0);
  }
  size_t next = 0;
  for (auto& [key, fold] : sites) fold = next++ % folds;
  std::vector<size_t> result;
  for (const LabelledCookie& entry : corpus) {
    std::string site = site_of(entry.cookie);
    result.push_back(sites.at({hash(site), site}));
  }
  return result;
}

std::vector<CalibrationSample> signal_samples(const std::vector<Judged>& judged,
                                              std::optional<size_t> except_fold) {
  std::vector<CalibrationSample> samples;
  for (const Judged& entry : judged) {
    if (entry.layer != "signals" || entry.fold == except_fold) continue;
    samples.push_back({entry.strength, entry.predicted == entry.label});
  }
  return samples;
}

// Replaces each signals-layer confidence by one calibrated on the other folds' sites.
void cross_validate_calibration(std::vector<Judged>& judged, size_t folds) {
  std::vector<std::vector<CalibrationStep>> tables;
  for (size_t fold = 0; fold < folds; ++fold)
    tables.push_back(fit_calibration(signal_samples(judged, fold)));
  for (Judged& entry : judged) {
    if (entry.layer == "signals")
      entry.confidence = calibrated_confidence(entry.strength, tables[entry.fold]);
  }
}

bool refused_by_default(Category category) {
  return category == Category::performance || category == Category::targeting;
}

// Shares at one caution level: necessary cookies that would be deleted (raw labels, and without
// the noisy ones), and refused-category cookies that would be.
struct CautionFigures {
  double necessary_at_risk = 0;
  double adjudicated_at_risk = 0;
  double refused_caught = 0;
};

CautionFigures figures_at(const std::vector<Judged>& judged, double needed) {
  size_t necessary = 0, at_risk = 0, clean = 0, clean_at_risk = 0, refused = 0, caught = 0;
  for (const Judged& entry : judged) {
    bool deleted = refused_by_default(entry.predicted) && entry.confidence >= needed;
    if (entry.label == Category::necessary) {
      ++necessary;
      at_risk += deleted;
      if (!entry.noisy_label) {
        ++clean;
        clean_at_risk += deleted;
      }
    } else if (refused_by_default(entry.label)) {
      ++refused;
      caught += deleted;
    }
  }
  auto share = [](size_t part, size_t whole) { return whole ? double(part) / double(whole) : 0.0; };
  return {share(at_risk, necessary), share(clean_at_risk, clean), share(caught, refused)};
}

void print_matrix(const ConfusionMatrix& matrix) {
  std::printf("\nclass        precision  recall  support\n");
  for (Category category : kAllCategories) {
    std::printf("%-12s %9.3f  %6.3f  %7zu\n", std::string(category_name(category)).c_str(),
                matrix.precision(category), matrix.recall(category), matrix.support(category));
  }
  std::printf("\nconfusion matrix (rows: label, columns: predicted)\n%-12s", "");
  for (Category predicted : kAllCategories) {
    std::printf(" %11s", std::string(category_name(predicted)).c_str());
  }
  for (Category label : kAllCategories) {
    std::printf("\n%-12s", std::string(category_name(label)).c_str());
    for (Category predicted : kAllCategories) std::printf(" %11zu", matrix.count(label, predicted));
  }
  std::printf("\n");
}

void print_layers(const std::vector<Judged>& judged) {
  std::map<std::string, ConfusionMatrix> by_layer;
  for (const Judged& entry : judged) by_layer[entry.layer].add(entry.label, entry.predicted);
  std::printf("\ndecided by          cookies  share  accuracy  balanced\n");
  for (const auto& [layer, part] : by_layer) {
    std::printf("%-18s %8zu  %5.3f  %8.3f  %8.3f\n", layer.c_str(), part.total(),
                double(part.total()) / double(judged.size()), part.accuracy(),
                part.balanced_accuracy());
  }
}

void print_reliability(const std::vector<Judged>& judged) {
  static constexpr double kEdges[] = {0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001};
  std::printf(
      "\nreliability (is a confidence worth what it says?)\nconfidence    cookies  mean  right\n");
  for (size_t bin = 0; bin + 1 < std::size(kEdges); ++bin) {
    size_t count = 0, right = 0;
    double sum = 0;
    for (const Judged& entry : judged) {
      if (entry.confidence < kEdges[bin] || entry.confidence >= kEdges[bin + 1]) continue;
      ++count;
      sum += entry.confidence;
      right += entry.predicted == entry.label;
    }
    if (count == 0) continue;
    std::printf("%.2f-%.2f  %9zu  %.2f  %.3f\n", kEdges[bin], std::min(kEdges[bin + 1], 1.0), count,
                sum / double(count), double(right) / double(count));
  }
}

void print_cautions(const std::vector<Judged>& judged) {
  std::printf("\ncaution    needs  necessary_at_risk  adjudicated  refused caught\n");
  for (Caution caution : kAllCautions) {
    CautionFigures figures = figures_at(judged, confidence_needed(caution));
    std::printf("%-9s  %5.2f  %17.3f  %11.3f  %14.3f%s\n",
                std::string(caution_name(caution)).c_str(), confidence_needed(caution),
                figures.necessary_at_risk, figures.adjudicated_at_risk, figures.refused_caught,
                caution == kDefaultCaution ? "  (default)" : "");
  }
}

void print_fitted_table(const std::vector<Judged>& judged) {
  std::printf("\n// signal_calibration.h, fitted on %s's signals-layer cookies\n",
              "all of this corpus");
  for (const CalibrationStep& step : fit_calibration(signal_samples(judged, std::nullopt))) {
    std::printf("    {%.4f, %.3f},\n", step.up_to, step.confidence);
  }
}

std::vector<Judged> judge_all(const std::vector<LabelledCookie>& corpus, const Options& options,
                              const std::optional<OpenCookieDatabase>& ocd) {
  std::unique_ptr<Classifier> classifier = Classifier::load_builtin();
  std::vector<size_t> folds = folds_by_site(corpus, std::max<size_t>(options.folds, 1));
  std::vector<Judged> judged;
  for (size_t i = 0; i < corpus.size(); ++i) {
    const LabelledCookie& entry = corpus[i];
    Classification result = classifier->classify(entry.cookie, options.now);
    Judged item{entry.label, result.category, result.confidence, layer_of(result)};
    if (item.layer == "signals") {
      item.strength =
          signal_strength(read_signals(entry.cookie, options.now, is_third_party(entry.cookie)));
    }
    item.noisy_label =
        ocd && entry.label == Category::necessary && ocd->lists_as_tracking(entry.cookie.name);
    item.fold = folds[i];
    judged.push_back(item);
    if (options.errors && result.category != entry.label) {
      std::printf("%zu: %s -> %s %.2f (%s; %s)\n  %s\n", entry.line_number,
                  std::string(category_name(entry.label)).c_str(),
                  std::string(category_name(result.category)).c_str(), result.confidence,
                  result.rule.c_str(), result.reason.c_str(), entry.line.c_str());
    }
  }
  return judged;
}

int evaluate(const Options& options) {
  std::vector<LabelledCookie> corpus = read_corpus(options.corpus);
  std::optional<OpenCookieDatabase> ocd;
  if (!options.ocd.empty()) ocd = OpenCookieDatabase::load(options.ocd);
  std::vector<Judged> judged = judge_all(corpus, options, ocd);
  if (options.folds > 1) cross_validate_calibration(judged, options.folds);

  ConfusionMatrix matrix, adjudicated;
  for (const Judged& entry : judged) {
    matrix.add(entry.label, entry.predicted);
    if (!entry.noisy_label) adjudicated.add(entry.label, entry.predicted);
  }
  std::printf("%s: %zu cookies, %s\n", options.corpus.c_str(), matrix.total(),
              options.folds > 1 ? ("confidences cross-validated over " +
                                   std::to_string(options.folds) + " folds by site")
                                      .c_str()
                                : "confidences as shipped (fitted on tests/realsites/dev.jsonl)");
  std::printf("accuracy           %.3f\nbalanced accuracy  %.3f\nnecessary_at_risk  %.3f raw",
              matrix.accuracy(), matrix.balanced_accuracy(), matrix.necessary_at_risk());
  if (ocd) {
    std::printf(
        ", %.3f adjudicated (%zu necessary labels the Open Cookie Database calls analytics or "
        "marketing left out)",
        adjudicated.necessary_at_risk(),
        matrix.support(Category::necessary) - adjudicated.support(Category::necessary));
  }
  std::printf("\n  (category alone, whatever the caution; at each caution level below)\n");
  print_matrix(matrix);
  print_layers(judged);
  print_reliability(judged);
  print_cautions(judged);
  if (options.fit) print_fitted_table(judged);

  CautionFigures by_default = figures_at(judged, confidence_needed(kDefaultCaution));
  bool passed = matrix.balanced_accuracy() >= options.min_balanced_accuracy &&
                matrix.necessary_at_risk() <= options.max_necessary_at_risk &&
                by_default.adjudicated_at_risk <= options.max_adjudicated_at_risk;
  if (!passed) {
    std::fprintf(stderr,
                 "below the floor: balanced accuracy >= %.3f, necessary_at_risk <= %.3f, "
                 "adjudicated necessary_at_risk at the default caution <= %.3f\n",
                 options.min_balanced_accuracy, options.max_necessary_at_risk,
                 options.max_adjudicated_at_risk);
  }
  return passed ? 0 : 1;
}

}  // namespace
}  // namespace consentry

int main(int argc, char** argv) {
  consentry::Options options;
  CLI::App app{"Measures the cookie classifier on a labelled corpus (JSON lines with \"label\")."};
  app.add_option("corpus", options.corpus, "corpus file, e.g. tests/realsites/dev.jsonl")
      ->required();
  app.add_flag("--errors", options.errors, "print every misclassified cookie");
  app.add_option("--now", options.now,
                 "seconds since the epoch that expiry dates are measured from (default: now)");
  app.add_option("--folds", options.folds,
                 "cross-validate the signals layer's calibration over K folds grouped by site");
  app.add_option("--ocd", options.ocd,
                 "the Open Cookie Database JSON, to adjudicate necessary labels it calls tracking");
  app.add_flag("--fit-calibration", options.fit,
               "print signal_calibration.h's table fitted on the whole corpus");
  app.add_option("--min-balanced-accuracy", options.min_balanced_accuracy,
                 "exit 1 when balanced accuracy is below this");
  app.add_option("--max-necessary-at-risk", options.max_necessary_at_risk,
                 "exit 1 when necessary_at_risk (category alone, raw labels) is above this");
  app.add_option("--max-adjudicated-at-risk", options.max_adjudicated_at_risk,
                 "exit 1 when adjudicated necessary_at_risk at the default caution is above this");
  CLI11_PARSE(app, argc, argv);
  try {
    return consentry::evaluate(options);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "consentry-evaluate: %s\n", error.what());
    return 2;
  }
}
