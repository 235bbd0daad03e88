console.log('slow start');
export const value = await new Promise((r) => setTimeout(() => r(42), 10));
console.log('slow end');
