"""The offline cache: a person's lists kept encrypted on this computer.

    from app.cache import CacheOwner, open_cache
    store = open_cache(CacheOwner(service_key, user_code))   # in a worker thread
    procurations = store.procurations()                        # checked, typed
    store.meta.synced_at, store.meta.persistent                # for the status bar

`store.CacheStore` holds the data (encryption, integrity, transactions), `keys` the key in the
keyring, `label` the «Hors ligne — données au …» sentence. `app.sync.Synchronizer` fills it.
"""

from app.cache.keys import cache_path, has_cache, open_cache, wipe_cache
from app.cache.label import memory_only_label, offline_label
from app.cache.store import CacheCorrupt, CacheError, CacheMeta, CacheOwner, CacheStore

__all__ = [
    "CacheCorrupt",
    "CacheError",
    "CacheMeta",
    "CacheOwner",
    "CacheStore",
    "cache_path",
    "has_cache",
    "memory_only_label",
    "offline_label",
    "open_cache",
    "wipe_cache",
]
