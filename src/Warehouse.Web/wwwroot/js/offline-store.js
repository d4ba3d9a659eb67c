// The handheld's own store (IndexedDB): the catalog codes for scans with no network, the postings queued while offline
// (in the order they were made) and the ones the server refused when they were sent.
window.OfflineStore = (function () {
    let opening = null;

    function open() {
        opening = opening || new Promise((resolve, reject) => {
            const request = indexedDB.open('warehouse-offline', 1);
            request.onupgradeneeded = () => {
                const db = request.result;
                db.createObjectStore('catalog');
                db.createObjectStore('queue', { keyPath: 'seq', autoIncrement: true });
                db.createObjectStore('refused', { keyPath: 'clientId' });
            };
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
        });
        return opening;
    }

    // One transaction over the named stores; resolves with the last request's result once it has committed.
    async function run(stores, mode, action) {
        const db = await open();
        return new Promise((resolve, reject) => {
            const tx = db.transaction(stores, mode);
            const request = action(tx);
            tx.oncomplete = () => resolve(request ? request.result : undefined);
            tx.onerror = () => reject(tx.error);
            tx.onabort = () => reject(tx.error);
        });
    }

    const mine = (user) => (rows) => rows.filter(r => r.user === user);

    return {
        saveCatalog: (user, catalog) => run('catalog', 'readwrite', tx => tx.objectStore('catalog').put(catalog, user)),
        catalog: (user) => run('catalog', 'readonly', tx => tx.objectStore('catalog').get(user)),
        enqueue: (entry) => run('queue', 'readwrite', tx => tx.objectStore('queue').add(entry)),
        queued: (user) => run('queue', 'readonly', tx => tx.objectStore('queue').getAll()).then(mine(user)),
        sent: (seq) => run('queue', 'readwrite', tx => tx.objectStore('queue').delete(seq)),
        // Moves a queued posting to the refused list in one step, so it is never in neither (nor in both).
        refuse: (entry, detail) => run(['queue', 'refused'], 'readwrite', tx => {
            tx.objectStore('queue').delete(entry.seq);
            return tx.objectStore('refused').put({ ...entry, detail, refusedAt: new Date().toISOString() });
        }),
        refused: (user) => run('refused', 'readonly', tx => tx.objectStore('refused').getAll()).then(mine(user)),
        forget: (clientId) => run('refused', 'readwrite', tx => tx.objectStore('refused').delete(clientId)),
    };
})();
