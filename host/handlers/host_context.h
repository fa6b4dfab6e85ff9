// What the handlers of one serve session share: the data folder and its stores, the classifier
// and the preferences cache. Built once per process.
#pragma once
#include <boost/filesystem/path.hpp>
#include <functional>
#include <memory>

#include "classifier/classifier.h"
#include "store/preferences_cache.h"
#include "model/preferences.h"
#include "store/declaration_store.h"
#include "store/deletion_log.h"
#include "store/settings_store.h"

namespace consentry {

class HostContext {
 public:
  using ClassifierLoader = std::function<std::shared_ptr<const Classifier>()>;

  // Creates the data folder if needed; throws StorageError if it cannot.
  HostContext(const boost::filesystem::path& data_dir, ClassifierLoader load_classifier);

  // Loaded by the first request that needs it, not at start: parsing and indexing the knowledge
  // base is most of a start's cost, and a session may ask only `hello` (a status check).
  const Classifier& classifier();
  const boost::filesystem::path& data_dir() const { return settings_.data_dir(); }
  DeletionLog& deletion_log() { return deletion_log_; }
  DeclarationStore& declarations() { return declarations_; }

  // The current preferences (cached; re-read only when the file changed).
  const Preferences& preferences() { return cache_.current(); }

  // Applies `change` under the store's lock and returns the saved preferences.
  Preferences update_preferences(const std::function<void(Preferences&)>& change);

 private:
  ClassifierLoader load_classifier_;
  std::shared_ptr<const Classifier> classifier_;
  SettingsStore settings_;
  DeletionLog deletion_log_;
  DeclarationStore declarations_;
  PreferencesCache cache_;
};

}  // namespace consentry
