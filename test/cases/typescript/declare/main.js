                                        
                                           
                                   
                            
                                                   
                                                   
class Holder {                      value = 1 }
console.log(typeof BUILD === 'undefined' ? 'no build' : 'build', new Holder(), Object.keys(new Holder()));
