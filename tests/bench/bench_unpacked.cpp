// SPDX-License-Identifier: Apache-2.0
//
// Benchmark of the unpacked.cern.ch browser (issue 4), on a generated tree that follows the
// real layout: BENCH_IMAGES images (default 5,000) with BENCH_TAGS tags each (default 10),
// that is 50,000 public names, each a relative symlink into .flat/<2 hex>/<sha256>.
//
//   time to first rows   scanAll() until the model shows its first rows (and its first tags)
//   full scan            scanAll() until scanFinished, every row in the model; the ratio is
//                        against `find ROOT -maxdepth N -printf '%p %l %T@\n'` on the same tree
//                        in the same run (N = depth of the deepest name), which lstat()s every
//                        entry and readlink()s every link, like the scanner
//   saved scan           UnpackedScanCache::load + UnpackedTreeModel::loadSnapshot (next start)
//   filter               UnpackedTreeModel::setFilterText per keystroke over all 50,000 tags
//
// Targets: first rows within 100 ms, full scan within 1.5x of find, a keystroke within 16 ms.
// Wall times, median of BENCH_RUNS runs (default 5), warm page cache (a warm-up run of each
// first). Not part of the test suite: tests/bench/bench_unpacked.sh builds and runs it.
//
// Environment: BENCH_IMAGES, BENCH_TAGS, BENCH_RUNS, BENCH_DIR (where the tree goes; default a
// temporary directory, removed afterwards), BENCH_THREADS (scanner threads; default the
// scanner's own choice).
#include "UnpackedFixture.h"
#include "unpacked/UnpackedScanCache.h"
#include "unpacked/UnpackedScanner.h"
#include "unpacked/UnpackedTreeModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <malloc.h>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using Wharf::UnpackedScanCache;
using Wharf::UnpackedScanner;
using Wharf::UnpackedScanProgress;
using Wharf::UnpackedScanSnapshot;
using Wharf::UnpackedTreeModel;
using Wharf::Test::UnpackedFixture;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

double ms(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double maximum(const std::vector<double> &values)
{
    return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
}

double mean(const std::vector<double> &values)
{
    double sum = 0;
    for (const double v : values)
        sum += v;
    return values.empty() ? 0 : sum / double(values.size());
}

// Heap in use (every arena, and large blocks), in bytes.
qint64 heapInUse()
{
    const struct mallinfo2 info = ::mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

// VmRSS or VmHWM from /proc/self/status, in KiB.
qint64 memoryKiB(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// One `find` run, its output thrown away like the scanner keeps it in memory.
double runFind(const QStringList &arguments)
{
    QProcess find;
    find.setStandardOutputFile(QProcess::nullDevice());
    find.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    find.start(u"find"_s, arguments);
    find.waitForFinished(-1);
    return ms(timer.nsecsElapsed());
}

struct ScanRun
{
    double firstRows = -1;
    double firstTags = -1;
    double finished = -1;
    int tags = 0;
    int directories = 0;
    bool ok = false;
};

ScanRun runScan(const QString &root, int threads, bool withModel)
{
    ScanRun run;
    UnpackedScanner scanner;
    if (threads > 0)
        scanner.setConcurrency(threads);
    scanner.setRoots({ root });
    std::unique_ptr<UnpackedTreeModel> model;
    QElapsedTimer timer;
    if (withModel) {
        model = std::make_unique<UnpackedTreeModel>(&scanner);
        QObject::connect(model.get(), &QAbstractItemModel::rowsInserted, model.get(),
            [&](const QModelIndex &parent, int first, int) {
                if (run.firstRows < 0)
                    run.firstRows = ms(timer.nsecsElapsed());
                if (run.firstTags < 0 && parent.isValid()
                    && model->index(first, 0, parent).data(UnpackedTreeModel::KindRole).toInt()
                        == int(UnpackedTreeModel::Kind::Image))
                    run.firstTags = ms(timer.nsecsElapsed());
            });
    } else {
        QObject::connect(&scanner, &UnpackedScanner::listingsReady, &scanner, [&] {
            if (run.firstRows < 0)
                run.firstRows = ms(timer.nsecsElapsed());
        });
    }
    QEventLoop loop;
    QObject::connect(&scanner, &UnpackedScanner::scanFinished, &loop, [&](const UnpackedScanProgress &result) {
        run.finished = ms(timer.nsecsElapsed());
        run.tags = result.tagsFound;
        run.directories = result.directoriesListed;
        run.ok = result.phase == UnpackedScanProgress::Phase::Finished && result.directoriesFailed == 0;
        loop.quit();
    });
    timer.start();
    scanner.scanAll();
    if (scanner.isScanning())
        loop.exec();
    if (model && model->tagCount() != run.tags)
        run.ok = false;
    return run;
}

void printRow(const char *what, double value, const QString &comparison, const char *target, bool met)
{
    std::printf("%-44s %10.1f ms  %-22s %-18s %s\n", what, value, qPrintable(comparison), target, met ? "met" : "MISSED");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"wharf.unpacked.info=false"_s);
    const int images = envInt("BENCH_IMAGES", 5000);
    const int tagsPerImage = envInt("BENCH_TAGS", 10);
    const int runs = envInt("BENCH_RUNS", 5);
    const int threads = envInt("BENCH_THREADS", 0);

    std::unique_ptr<QTemporaryDir> temporary;
    QString base = qEnvironmentVariable("BENCH_DIR");
    if (base.isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>(u"/tmp/wharf-bench-unpacked-XXXXXX"_s);
        base = temporary->path();
    }
    const QString root = base + u"/unpacked.cern.ch"_s;
    UnpackedFixture::removeTree(QFile::encodeName(root));

    std::fprintf(stderr, "bench: generating %d images x %d tags under %s\n", images, tagsPerImage, qPrintable(root));
    QElapsedTimer timer;
    timer.start();
    UnpackedFixture fixture(root);
    fixture.addHiddenTrees();
    const UnpackedFixture::Generated generated = fixture.generate(images, tagsPerImage);
    std::fprintf(stderr, "bench: %d names, %d directories, deepest name at depth %d, made in %.1f s\n", generated.tags,
        generated.directories, generated.maxDepth, double(timer.elapsed()) / 1000.0);

    const QStringList findArguments { root, u"-maxdepth"_s, QString::number(generated.maxDepth), u"-printf"_s, u"%p %l %T@\\n"_s };
    // The same walk without the hidden trees, as the scanner does it.
    const QStringList prunedFindArguments { root, u"-maxdepth"_s, QString::number(generated.maxDepth), u"("_s, u"-name"_s,
        u".*"_s, u"-o"_s, u"-name"_s, u"podmanStore"_s, u")"_s, u"-prune"_s, u"-o"_s, u"-printf"_s, u"%p %l %T@\\n"_s };

    // Warm-up: page cache and dentries, so that every run below starts equal.
    runFind(findArguments);
    runScan(root, threads, true);

    std::vector<double> findTimes, prunedTimes, firstRows, firstTags, scanTimes, scannerOnlyTimes, scannerOnlyFirst;
    bool allOk = true;
    int tagsSeen = 0;
    for (int r = 0; r < runs; ++r) {
        findTimes.push_back(runFind(findArguments));
        prunedTimes.push_back(runFind(prunedFindArguments));
        const ScanRun withModel = runScan(root, threads, true);
        firstRows.push_back(withModel.firstRows);
        firstTags.push_back(withModel.firstTags);
        scanTimes.push_back(withModel.finished);
        allOk = allOk && withModel.ok;
        tagsSeen = withModel.tags;
        const ScanRun alone = runScan(root, threads, false);
        scannerOnlyTimes.push_back(alone.finished);
        scannerOnlyFirst.push_back(alone.firstRows);
        allOk = allOk && alone.ok;
    }

    // The saved scan, as the next start loads it.
    QTemporaryDir cacheDir;
    const qint64 heapBefore = heapInUse();
    UnpackedScanner scanner;
    if (threads > 0)
        scanner.setConcurrency(threads);
    scanner.setRoots({ root });
    UnpackedTreeModel model(&scanner);
    {
        QEventLoop loop;
        QObject::connect(&scanner, &UnpackedScanner::scanFinished, &loop, [&loop] { loop.quit(); });
        scanner.scanAll();
        loop.exec();
    }
    const qint64 modelBytes = heapInUse() - heapBefore;
    UnpackedScanSnapshot snapshot = model.snapshot(root);
    snapshot.takenAt = QDateTime::currentDateTimeUtc();
    const UnpackedScanCache cache(cacheDir.path());
    timer.restart();
    const bool saved = cache.save(snapshot).ok();
    const double saveMs = ms(timer.nsecsElapsed());
    std::vector<double> cacheLoads;
    for (int r = 0; r < runs; ++r) {
        UnpackedTreeModel fresh;
        fresh.setRoots({ root });
        timer.restart();
        const auto loaded = cache.load(root);
        if (loaded.ok())
            fresh.loadSnapshot(*loaded);
        cacheLoads.push_back(ms(timer.nsecsElapsed()));
        allOk = allOk && saved && loaded.ok() && fresh.tagCount() == tagsSeen;
    }

    // Typing into the filter over everything: an image name, a two-word query, then
    // deleting it again, and the worst single letters.
    const QString sample = QString::fromUtf8(generated.sampleNames.value(generated.sampleNames.size() / 2));
    const QString imageName = sample.section(u'/', -1).section(u':', 0, 0); // "analysis-2500"
    std::vector<double> keystrokes;
    std::vector<std::pair<double, QString>> slowest;
    auto type = [&](const QString &text) {
        timer.restart();
        model.setFilterText(text);
        keystrokes.push_back(ms(timer.nsecsElapsed()));
        slowest.emplace_back(keystrokes.back(), text.isEmpty() ? u"(cleared)"_s : u"\"%1\""_s.arg(text));
    };
    for (qsizetype n = 1; n <= imageName.size(); ++n)
        type(imageName.left(n));
    const int matchesForImage = model.matchingTagCount();
    for (qsizetype n = imageName.size() - 1; n >= 0; --n)
        type(imageName.left(n));
    const QString twoWords = u"gitlab v1.4"_s;
    for (qsizetype n = 1; n <= twoWords.size(); ++n)
        type(twoWords.left(n));
    type(QString());
    std::vector<double> letters;
    for (const QString &letter : { u"a"_s, u"1"_s, u"z"_s, u"/"_s }) {
        model.setFilterText(QString());
        timer.restart();
        model.setFilterText(letter);
        letters.push_back(ms(timer.nsecsElapsed()));
    }
    model.setFilterText(QString());

    const double findMedian = median(findTimes);
    const double prunedMedian = median(prunedTimes);
    const double scanMedian = median(scanTimes);
    const double scannerOnlyMedian = median(scannerOnlyTimes);
    std::printf("\nunpacked.cern.ch browser on %s (%s), %d cores; load average %s\n", qPrintable(QSysInfo::machineHostName()),
        qPrintable(QSysInfo::prettyProductName()), int(std::thread::hardware_concurrency()),
        qPrintable(QString::fromLatin1([] {
            QFile load(u"/proc/loadavg"_s);
            return load.open(QIODevice::ReadOnly) ? load.readAll().left(14).trimmed() : QByteArray("?");
        }())));
    std::printf("tree: %d images x %d tags = %d names in %d directories (deepest name at depth %d); scanner threads: %d\n",
        generated.images, tagsPerImage, generated.tags, generated.directories, generated.maxDepth, scanner.concurrency());
    std::printf("medians of %d runs, warm cache; build: %s\n\n", runs,
#ifdef NDEBUG
        "optimised"
#else
        "DEBUG (unoptimised: build a Release tree for real figures)"
#endif
    );
    std::printf("%-44s %13s  %-22s %-18s %s\n", "measure", "time", "comparison", "target", "");
    printRow("find -maxdepth N -printf '%p %l %T@\\n'", findMedian, u"(the reference)"_s, "", true);
    printRow("find, hidden trees pruned", prunedMedian, u"%1x of find"_s.arg(prunedMedian / findMedian, 0, 'f', 2), "", true);
    printRow("first rows (hosts) in the model", median(firstRows), QString(), "<= 100 ms", median(firstRows) <= 100);
    printRow("first tag rows in the model", median(firstTags), QString(), "<= 100 ms", median(firstTags) <= 100);
    printRow("full scan into the model", scanMedian, u"%1x of find"_s.arg(scanMedian / findMedian, 0, 'f', 2), "<= 1.5x find",
        scanMedian <= 1.5 * findMedian);
    printRow("full scan, scanner alone (no model)", scannerOnlyMedian, u"%1x of find"_s.arg(scannerOnlyMedian / findMedian, 0, 'f', 2),
        "", true);
    printRow("full scan into the model vs pruned find", scanMedian, u"%1x of pruned find"_s.arg(scanMedian / prunedMedian, 0, 'f', 2),
        "", true);
    printRow("saved scan: load + model (next start)", median(cacheLoads), u"file saved in %1 ms"_s.arg(saveMs, 0, 'f', 0),
        "(no target)", true);
    printRow("filter keystroke, worst", maximum(keystrokes),
        u"%1 keys, median %2"_s.arg(keystrokes.size()).arg(median(keystrokes), 0, 'f', 1), "<= 16 ms", maximum(keystrokes) <= 16);
    printRow("filter keystroke, mean", mean(keystrokes), QString(), "<= 16 ms", mean(keystrokes) <= 16);
    printRow("filter, one letter from empty (worst)", maximum(letters), u"a, 1, z, /"_s, "<= 16 ms", maximum(letters) <= 16);
    std::printf("\n\"%s\" matches %d tags; %d tags in the model, whose heap is %.1f MiB (%.0f bytes a tag); peak "
                "resident %.1f MiB (the bench holds several models and snapshots at once)\n",
        qPrintable(imageName), matchesForImage, model.tagCount(), double(modelBytes) / 1048576.0,
        double(modelBytes) / std::max(1, model.tagCount()), double(memoryKiB("VmHWM:")) / 1024.0);
    std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList slowKeys;
    for (size_t i = 0; i < std::min<size_t>(3, slowest.size()); ++i)
        slowKeys << u"%1 %2 ms"_s.arg(slowest[i].second).arg(slowest[i].first, 0, 'f', 1);
    std::printf("slowest keystrokes: %s\n", qPrintable(slowKeys.join(u", "_s)));
    std::printf("runs (ms): find %s | scan %s | first rows %s\n",
        qPrintable([&] { QStringList s; for (double v : findTimes) s << QString::number(v, 'f', 0); return s.join(u' '); }()),
        qPrintable([&] { QStringList s; for (double v : scanTimes) s << QString::number(v, 'f', 0); return s.join(u' '); }()),
        qPrintable([&] { QStringList s; for (double v : firstRows) s << QString::number(v, 'f', 1); return s.join(u' '); }()));
    if (!allOk) {
        std::fprintf(stderr, "bench: error: a scan failed or missed names (%d of %d)\n", tagsSeen, generated.tags);
        return 1;
    }
    return 0;
}
