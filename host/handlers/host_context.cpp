#include "handlers/host_context.h"

namespace consentry {

HostContext::HostContext(const boost::filesystem::path& data_dir, ClassifierLoader load_classifier)
    : load_classifier_(std::move(load_classifier)),
      settings_(data_dir),
      deletion_log_(data_dir),
      declarations_(data_dir),
      cache_(settings_) {}

const Classifier& HostContext::classifier() {
  if (!classifier_) classifier_ = load_classifier_();
  return *classifier_;
}

Preferences HostContext::update_preferences(const std::function<void(Preferences&)>& change) {
  Preferences saved = settings_.update(change);
  // Another host may write right after us; re-reading on the next decide is cheaper than a race.
  cache_.invalidate();
  return saved;
}

}  // namespace consentry
