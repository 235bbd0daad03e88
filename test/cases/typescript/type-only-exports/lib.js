                        
                             
                         
                                    
export const make = (n        )           => ({ id: String(n) });
