import old from 'oldpkg';
console.log(old);
