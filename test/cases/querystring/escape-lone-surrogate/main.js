const qs=require('querystring');try{qs.escape('x\uDC00')}catch(e){console.log(e.name,e.code,e.message)}try{qs.stringify({a:'\uD800'})}catch(e){console.log(e.name,e.code,e.message)}
