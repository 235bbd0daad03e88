const u = setTimeout(() => console.log('unrefed timer fires while another ref handle is pending'), 1);
u.unref();
const t = setTimeout(() => console.log('fires because re-refed'), 5);
t.unref();
t.ref();
setTimeout(() => console.log('keeper'), 10);
