console.log(this, (function () { return this; })());
try { undeclared = 1; } catch (e) { console.log(e.name); }
