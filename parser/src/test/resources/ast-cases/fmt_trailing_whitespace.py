x = 1   
y = 2	
if x:  
    z = 3    
        
    w = 4	 
	
def f():   
    return 5 
   
