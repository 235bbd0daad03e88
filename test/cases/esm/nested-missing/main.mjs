import './nest/b.mjs';
