#include "store/deletion_log.h"

#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/child_process.h"
#include "store/atomic_file.h"
#include "store/storage_error.h"
#include "support/temp_dir.h"
#include "json/untrusted_json.h"

namespace consentry {
namespace {

namespace fs = boost::filesystem;
using nlohmann::json;
using testing::TempDir;

DeletionEntry deletion(const std::string& domain, const std::string& name, double time = 0) {
  DeletionEntry entry;
  entry.cookie.name = name;
  entry.cookie.value = "v-" + name;
  entry.cookie.domain = domain;
  entry.cookie.session = false;
  entry.cookie.expiration_date = 1893456000;
  entry.category = Category::targeting;
  entry.reason = "reason for " + name;
  entry.time = time;
  return entry;
}

std::vector<std::string> names(const DeletionPage& page) {
  std::vector<std::string> result;
  for (const DeletionEntry& entry : page.entries) result.push_back(entry.cookie.name);
  return result;
}

DeletionPage everything(const DeletionLog& log) {
  DeletionQuery query;
  query.limit = 1000000;
  return log.query(query);
}

std::vector<std::string> lines_of(const fs::path& path) {
  std::vector<std::string> lines;
  std::istringstream stream(read_file(path).value_or(""));
  for (std::string line; std::getline(stream, line);) lines.push_back(line);
  return lines;
}

void append_raw(const fs::path& path, const std::string& bytes) {
  std::ofstream(path.string(), std::ios::app | std::ios::binary) << bytes;
}

std::string text_of(const DeletionEntry& entry) {
  std::string text;
  JsonWriter out(text);
  write_deletion_entry(out, entry);
  return text;
}

// The entry's JSON as a DOM, for a test to change before writing it to the file.
json dom_of(const DeletionEntry& entry) { return parse_untrusted_json(text_of(entry)); }

TEST(DeletionLogTest, AppendAssignsIdsTimesAndSitesAndQueriesNewestFirst) {
  TempDir dir;
  DeletionLog log(dir.path());
  auto stored = log.append({deletion(".shop.example.co.uk", "a"), deletion("tracker.net", "b")});
  ASSERT_EQ(stored.size(), 2u);
  EXPECT_EQ(stored[0].site, "example.co.uk");
  EXPECT_NE(stored[0].id, stored[1].id);
  EXPECT_GT(stored[0].time, 1.7e9);
  EXPECT_EQ(stored[0].id.rfind("d-", 0), 0u);
  log.append({deletion("c.com", "c")});

  DeletionPage page = everything(log);
  EXPECT_EQ(page.total, 3u);
  EXPECT_EQ(names(page), (std::vector<std::string>{"c", "b", "a"}));
  EXPECT_EQ(page.entries[2].cookie.value, "v-a");
  EXPECT_EQ(page.entries[2].reason, "reason for a");
  EXPECT_EQ(page.entries[2].category, Category::targeting);
  EXPECT_EQ(log.size(), 3u);
}

TEST(DeletionLogTest, QueriesFilterBySiteAndTimeAndPage) {
  TempDir dir;
  DeletionLog log(dir.path());
  log.append({deletion("a.example.com", "1", 100), deletion("example.com", "2", 200),
              deletion("other.org", "3", 300), deletion("www.example.com", "4", 400)});
  DeletionQuery query;
  query.site = "https://www.example.com/page";
  EXPECT_EQ(names(log.query(query)), (std::vector<std::string>{"4", "2", "1"}));
  query.since = 150;
  query.until = 400;
  EXPECT_EQ(names(log.query(query)), (std::vector<std::string>{"4", "2"}));

  DeletionQuery contains;
  contains.site = "OTHER";
  contains.site_contains = true;
  EXPECT_EQ(names(log.query(contains)), (std::vector<std::string>{"3"}));

  DeletionQuery paged;
  paged.offset = 1;
  paged.limit = 2;
  DeletionPage page = log.query(paged);
  EXPECT_EQ(page.total, 4u);
  EXPECT_EQ(names(page), (std::vector<std::string>{"3", "2"}));
}

TEST(DeletionLogTest, FindReturnsTheWholeEntry) {
  TempDir dir;
  DeletionLog log(dir.path());
  auto stored = log.append({deletion("example.com", "a"), deletion("example.com", "b")});
  auto found = log.find(stored[0].id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->cookie.name, "a");
  EXPECT_EQ(found->cookie.expiration_date, 1893456000);
  EXPECT_FALSE(log.find("d-1-999"));
}

TEST(DeletionLogTest, IdsStayUniqueAcrossInstancesAndReopening) {
  TempDir dir;
  std::set<std::string> ids;
  for (int round = 0; round < 3; ++round) {
    DeletionLog log(dir.path());
    for (const DeletionEntry& entry :
         log.append({deletion("a.com", "x"), deletion("a.com", "y")})) {
      EXPECT_TRUE(ids.insert(entry.id).second) << entry.id;
    }
  }
}

TEST(DeletionLogTest, TheLogKeepsTheNewestCapacityEntriesAndCompactsTheFile) {
  TempDir dir;
  DeletionLog log(dir.path(), 5);
  for (int i = 0; i < 10; ++i) log.append({deletion("a.com", std::to_string(i))});
  EXPECT_EQ(log.size(), 5u);
  EXPECT_EQ(names(everything(log)), (std::vector<std::string>{"9", "8", "7", "6", "5"}));
  EXPECT_EQ(lines_of(log.path()).size(), 10u);  // not yet past twice the capacity
  log.append({deletion("a.com", "10")});
  EXPECT_EQ(lines_of(log.path()).size(), 5u);
  EXPECT_EQ(names(everything(log)), (std::vector<std::string>{"10", "9", "8", "7", "6"}));
  log.append({deletion("a.com", "11")});
  EXPECT_EQ(names(everything(log)), (std::vector<std::string>{"11", "10", "9", "8", "7"}));
  EXPECT_EQ(DeletionLog(dir.path(), 5).size(), 5u);
}

TEST(DeletionLogTest, AnotherInstanceSeesAppendsAndCompactionsIncrementally) {
  TempDir dir;
  DeletionLog writer(dir.path(), 3);
  DeletionLog reader(dir.path(), 3);
  EXPECT_EQ(reader.size(), 0u);
  for (int i = 0; i < 20; ++i) {
    writer.append({deletion("a.com", std::to_string(i))});
    ASSERT_EQ(names(everything(reader)).front(), std::to_string(i));
  }
  EXPECT_EQ(names(everything(reader)), (std::vector<std::string>{"19", "18", "17"}));
  reader.append({deletion("a.com", "r")});
  EXPECT_EQ(names(everything(writer)), (std::vector<std::string>{"r", "19", "18"}));
}

TEST(DeletionLogTest, ATornLastLineIsSkippedAndCutByTheNextAppend) {
  TempDir dir;
  DeletionLog log(dir.path());
  log.append({deletion("a.com", "whole")});
  append_raw(log.path(), R"({"id": "d-1-9", "site": "a.com", "categ)");
  EXPECT_EQ(names(everything(DeletionLog(dir.path()))), std::vector<std::string>{"whole"});
  log.append({deletion("a.com", "next")});
  EXPECT_EQ(names(everything(DeletionLog(dir.path()))),
            (std::vector<std::string>{"next", "whole"}));
  for (const std::string& line : lines_of(log.path())) {
    EXPECT_NO_THROW(parse_untrusted_json(line)) << line;
  }
}

TEST(DeletionLogTest, EveryLineOfABatchButTheLastSaysMoreFollow) {
  TempDir dir;
  DeletionLog log(dir.path());
  log.append({deletion("a.com", "1"), deletion("a.com", "2"), deletion("a.com", "3")});
  log.append({deletion("a.com", "4")});
  std::vector<json> more;
  for (const std::string& line : lines_of(log.path())) {
    more.push_back(parse_untrusted_json(line).value("more", json(nullptr)));
  }
  EXPECT_EQ(more, (std::vector<json>{true, true, nullptr, nullptr}));
}

TEST(DeletionLogTest, PartOfABatchLeftByACrashIsNeverShownAndIsCut) {
  TempDir dir;
  DeletionLog log(dir.path());
  log.append({deletion("a.com", "whole")});
  json orphan = dom_of(log.append({deletion("a.com", "x")})[0]);
  orphan["more"] = true;  // the batch's last line never made it to disk
  orphan["id"] = "d-1-100";
  append_raw(log.path(), orphan.dump() + "\n");
  EXPECT_EQ(DeletionLog(dir.path()).size(), 2u);
  log.append({deletion("a.com", "after")});
  EXPECT_EQ(names(everything(DeletionLog(dir.path()))),
            (std::vector<std::string>{"after", "x", "whole"}));
  EXPECT_EQ(lines_of(log.path()).size(), 3u);
}

TEST(DeletionLogTest, AnUnreadableLineInTheMiddleIsSkipped) {
  TempDir dir;
  DeletionLog log(dir.path());
  json after = dom_of(log.append({deletion("a.com", "1")})[0]);
  after["id"] = "d-1-50";
  after["cookie"]["name"] = "2";
  append_raw(log.path(), "not json\n{\"cookie\": 1}\n" + std::string(2 << 20, 'x') + "\n" +
                             after.dump() + "\n");
  EXPECT_EQ(names(everything(DeletionLog(dir.path()))), (std::vector<std::string>{"2", "1"}));
  log.append({deletion("a.com", "3")});
  EXPECT_EQ(names(everything(DeletionLog(dir.path()))), (std::vector<std::string>{"3", "2", "1"}));
}

TEST(DeletionLogTest, AFailedAppendThrowsAndKeepsNothingOfTheBatch) {
  TempDir dir;
  DeletionLog log(dir.path());
  log.append({deletion("a.com", "old")});
  std::string before = *read_file(log.path());
  int code = testing::run_in_child([&] {
    testing::limit_file_size(before.size() + 100);
    std::vector<DeletionEntry> batch;
    for (int i = 0; i < 50; ++i) batch.push_back(deletion("a.com", "new" + std::to_string(i)));
    try {
      log.append(batch);
    } catch (const StorageError&) {
      return 0;
    }
    return 1;
  });
  EXPECT_EQ(code, 0) << "no StorageError";
  EXPECT_EQ(read_file(log.path()), before);
  EXPECT_EQ(names(everything(log)), std::vector<std::string>{"old"});
}

TEST(DeletionEntryJsonTest, RoundTripsAndNamesBadFields) {
  DeletionEntry entry = deletion("www.example.com", "a", 12.5);
  entry.id = "d-12-1";
  entry.site = "example.com";
  std::string form = text_of(entry);
  std::string cookie = R"({"name":"a","value":"v-a","domain":"www.example.com","path":"/",)"
                       R"("secure":false,"httpOnly":false,"hostOnly":false,"session":false,)"
                       R"("sameSite":"unspecified","storeId":"","expirationDate":1893456000})";
  EXPECT_EQ(form, R"({"id":"d-12-1","time":12.5,"site":"example.com","category":"targeting",)"
                  R"("reason":"reason for a","cookie":)" +
                      cookie + "}");
  UntrustedJsonParser parser;
  DeletionEntry back = deletion_entry_from_json(parser.parse(form));
  EXPECT_EQ(back.id, "d-12-1");
  EXPECT_EQ(back.time, 12.5);
  EXPECT_EQ(back.site, "example.com");
  EXPECT_EQ(back.category, Category::targeting);
  EXPECT_EQ(back.reason, "reason for a");
  EXPECT_EQ(back.cookie.name, "a");
  EXPECT_EQ(back.cookie.expiration_date, 1893456000);

  entry.id.clear();  // not yet assigned: left out
  entry.time = 0;
  EXPECT_EQ(text_of(entry).rfind(R"({"site":"example.com",)", 0), 0u) << text_of(entry);

  auto error_of = [&](const std::string& text) -> std::string {
    try {
      deletion_entry_from_json(parser.parse(text));
    } catch (const InvalidDeletionEntry& error) {
      return error.what();
    }
    return "no error";
  };
  EXPECT_EQ(error_of("[]"), "a deletion must be a JSON object");
  EXPECT_EQ(error_of(R"({"category": "targeting"})"), "missing \"cookie\"");
  EXPECT_EQ(error_of(R"({"cookie": {"name": "a"}, "category": "targeting"})"),
            "cookie: missing \"domain\"");
  EXPECT_EQ(error_of(R"({"cookie": )" + cookie + R"(})"), "missing \"category\"");
  EXPECT_EQ(error_of(R"({"cookie": )" + cookie + R"(, "category": "ads"})"),
            "\"category\" must be a category name");
  EXPECT_EQ(error_of(R"({"cookie": )" + cookie + R"(, "category": 3})"),
            "\"category\" must be a category name");
  EXPECT_EQ(error_of(R"({"cookie": )" + cookie + R"(, "category": "targeting", "time": "now"})"),
            "\"time\" must be seconds since the epoch");
  EXPECT_EQ(error_of(R"({"cookie": )" + cookie + R"(, "category": "targeting", "time": -1})"),
            "\"time\" must be seconds since the epoch");
  EXPECT_EQ(error_of(R"({"cookie": )" + cookie + R"(, "category": "targeting", "site": 1})"),
            "\"site\" must be a string");
  EXPECT_EQ(
      error_of(R"({"cookie": )" + cookie + R"(, "category": "targeting", "time": 7, "id": null})"),
      "no error");
}

}  // namespace
}  // namespace consentry
