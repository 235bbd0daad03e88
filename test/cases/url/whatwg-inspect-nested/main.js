const util=require('util');console.log(util.inspect({a:{b:{c:new URL('http://x')}}}));console.log(util.inspect({a:{b:{c:new URLSearchParams('a=1')}}}));console.log([new URL('http://a/')])
