const qs=require('querystring');console.log(qs.stringify({'é€':'☃','!\'()*~':'-._','😀':'\uD800a'}))
