console.log('start');
await Promise.reject(new Error('rejected at top level'));
