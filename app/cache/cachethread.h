#pragma once

// A worker with its own connection to a cache file, in a thread of its own: for work that must not block the thread
// that asks for it (a sync's writes, a long table's far windows). A Cache belongs to the thread that opened it, so
// the worker's is opened, and closed, there.

#include "app/cache/cache.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace keydesk::cache {

// Starts `thread` (named `name`), moves `worker` into it and opens `cache` (a member of the worker) on `path` there,
// waiting for the result. On failure the worker is deleted, the thread stopped, and *error says why.
bool startInThread(
    QObject *worker, Cache *cache, QThread *thread, const QString &name, const QString &path, QString *error = nullptr);

// Deletes `worker` in its thread, after the work queued for it before (its Cache closes, committing what it wrote),
// then stops the thread.
void stopInThread(QObject *worker, QThread *thread);

} // namespace keydesk::cache
