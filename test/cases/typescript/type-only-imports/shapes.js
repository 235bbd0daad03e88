                                                     
                                                        
                                    
export function area(s       )         {
  return s.kind === 'circle' ? Math.PI * s.r ** 2 : s.side ** 2;
}
