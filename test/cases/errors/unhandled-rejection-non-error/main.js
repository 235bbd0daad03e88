Promise.reject({ reason: 'plain object', n: 1 });
