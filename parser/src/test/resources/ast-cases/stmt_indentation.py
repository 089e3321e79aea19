if a:
 b = 1
 if c:
  d = 2
  if e:
            f = 3
  g = 4
 h = 5
i = 6
def f():
        return 1
class C:
   def m(self):
         pass
   x = 1
while x:
                                                            x -= 1
if a:
    pass

    # a blank line and a comment between indented statements

    b = 2
for x in y:

    pass
