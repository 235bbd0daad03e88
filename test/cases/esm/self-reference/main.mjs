import me from 'selfpkg';
import sub from 'selfpkg/sub';
console.log(me, sub);
