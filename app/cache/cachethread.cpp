#include "app/cache/cachethread.h"

namespace keydesk::cache {

bool startInThread(
    QObject *worker, Cache *cache, QThread *thread, const QString &name, const QString &path, QString *error)
{
    thread->setObjectName(name);
    worker->moveToThread(thread);
    thread->start();
    bool opened = false;
    QMetaObject::invokeMethod(
        worker,
        [cache, path, &opened, error] {
        opened = cache->open(path, error);
        },
        Qt::BlockingQueuedConnection);
    if (!opened) {
        stopInThread(worker, thread);
    }
    return opened;
}

void stopInThread(QObject *worker, QThread *thread)
{
    QMetaObject::invokeMethod(
        worker,
        [worker] {
        delete worker;
        },
        Qt::BlockingQueuedConnection);
    thread->quit();
    thread->wait();
}

} // namespace keydesk::cache
