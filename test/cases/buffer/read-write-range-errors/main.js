function t(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}

const b = Buffer.alloc(8);
t('r8', () => b.readUInt8(8));
t('r16', () => b.readUInt16LE(7));
t('r32neg', () => b.readInt32BE(-1));
t('rfrac', () => b.readUInt32BE(1.5));
t('rstr', () => b.readUInt8('1'));
t('rdouble', () => b.readDoubleLE(1));
t('rbig', () => b.readBigInt64BE(1));
t('w8', () => b.writeUInt8(256, 0));
t('wi8', () => b.writeInt8(-129, 0));
t('w16', () => b.writeUInt16BE(-1, 0));
t('w32', () => b.writeUInt32LE(2 ** 32, 0));
t('wi32', () => b.writeInt32BE(2 ** 31, 0));
t('woff', () => b.writeUInt32LE(1, 6));
t('wbig', () => b.writeBigInt64LE(2n ** 63n, 0));
t('wbigu', () => b.writeBigUInt64BE(-1n, 0));
t('wbignum', () => b.writeBigInt64LE(1, 0));
t('bytelen', () => b.readUIntBE(0, 7));
t('bytelen0', () => b.writeIntLE(1, 0, 0));
t('wuint48', () => b.writeUIntBE(2 ** 48, 0, 6));
t('wint24', () => b.writeIntBE(2 ** 23, 0, 3));
t('empty', () => Buffer.alloc(0).readUInt8(0));
t('wstr', () => b.writeUInt8('x', 0));
t('wfloatoff', () => b.writeFloatLE(1, 5));
