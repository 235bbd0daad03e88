const c=require('os').constants;console.log(c.priority,c.dlopen,c.UV_UDP_REUSEADDR,Object.keys(c))
