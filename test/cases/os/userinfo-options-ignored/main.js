const os=require('os');for(const o of [undefined,5,'x',{encoding:'bogus'},{encoding:'utf8'}])console.log(typeof os.userInfo(o).username)
