// consentry-evaluate: runs the classifier over a labelled corpus (tests/corpus/*.jsonl: one cookie
// per line in the cookies API shape plus "label") and prints the figures it is measured by
// (confusion_matrix.h). With floors given, exits 1 when a figure misses them, so CTest can guard
// against regressions.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <map>

#include "classifier/classifier.h"
#include "confusion_matrix.h"
#include "json/cookie_json.h"
#include "json/untrusted_json.h"

namespace consentry {
namespace {

struct Options {
  std::string corpus;
  double now = static_cast<double>(std::time(nullptr));
  bool errors = false;
  double min_balanced_accuracy = 0;
  double max_necessary_at_risk = 1;
};

struct LabelledCookie {
  Cookie cookie;
  Category label;
  std::string line;
  size_t line_number;
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

// Which layer decided, from the rule id's form.
std::string layer_of(const Classification& result) {
  if (result.rule == "signals") return "signals";
  if (result.rule.starts_with("domain:")) return "vendor domain";
  return "knowledge base";
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

int evaluate(const Options& options) {
  std::vector<LabelledCookie> corpus = read_corpus(options.corpus);
  std::unique_ptr<Classifier> classifier = Classifier::load_builtin();
  ConfusionMatrix matrix;
  std::map<std::string, ConfusionMatrix> by_layer;
  for (const LabelledCookie& entry : corpus) {
    Classification result = classifier->classify(entry.cookie, options.now);
    matrix.add(entry.label, result.category);
    by_layer[layer_of(result)].add(entry.label, result.category);
    if (options.errors && result.category != entry.label) {
      std::printf("%zu: %s -> %s (%s; %s)\n  %s\n", entry.line_number,
                  std::string(category_name(entry.label)).c_str(),
                  std::string(category_name(result.category)).c_str(), result.rule.c_str(),
                  result.reason.c_str(), entry.line.c_str());
    }
  }
  std::printf("%s: %zu cookies, knowledge base of %zu rules from %zu vendors\n",
              options.corpus.c_str(), matrix.total(), classifier->rule_count(),
              classifier->vendor_count());
  std::printf("accuracy           %.3f\nbalanced accuracy  %.3f\nnecessary_at_risk  %.3f\n",
              matrix.accuracy(), matrix.balanced_accuracy(), matrix.necessary_at_risk());
  print_matrix(matrix);
  std::printf("\ndecided by       cookies  accuracy\n");
  for (const auto& [layer, part] : by_layer) {
    std::printf("%-15s %8zu  %8.3f\n", layer.c_str(), part.total(), part.accuracy());
  }
  bool passed = matrix.balanced_accuracy() >= options.min_balanced_accuracy &&
                matrix.necessary_at_risk() <= options.max_necessary_at_risk;
  if (!passed) {
    std::fprintf(stderr, "below the floor: balanced accuracy >= %.3f and necessary_at_risk <= %.3f\n",
                 options.min_balanced_accuracy, options.max_necessary_at_risk);
  }
  return passed ? 0 : 1;
}

}  // namespace
}  // namespace consentry

int main(int argc, char** argv) {
  consentry::Options options;
  CLI::App app{"Measures the cookie classifier on a labelled corpus (JSON lines with \"label\")."};
  app.add_option("corpus", options.corpus, "corpus file, e.g. tests/corpus/dev.jsonl")->required();
  app.add_flag("--errors", options.errors, "print every misclassified cookie");
  app.add_option("--now", options.now,
                 "seconds since the epoch that expiry dates are measured from (default: now)");
  app.add_option("--min-balanced-accuracy", options.min_balanced_accuracy,
                 "exit 1 when balanced accuracy is below this");
  app.add_option("--max-necessary-at-risk", options.max_necessary_at_risk,
                 "exit 1 when necessary_at_risk is above this");
  CLI11_PARSE(app, argc, argv);
  try {
    return consentry::evaluate(options);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "consentry-evaluate: %s\n", error.what());
    return 2;
  }
}
