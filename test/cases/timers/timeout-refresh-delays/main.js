// without the refresh the timer would fire at ~150ms, before the marker at ~200ms; refreshed at
// ~100ms it moves to ~250ms (50ms margins either way, so a loaded host does not reorder them)
let t;
setTimeout(() => {
  setTimeout(() => console.log('marker'), 100);
  t.refresh();
}, 100);
t = setTimeout(() => console.log('refreshed timer fires after the marker'), 150);
