a = 1; b = 2
a = 1; b = 2;
x;
import os; import sys
del a; pass; global g
if x: a; b
if x: a; b;
while x: x -= 1; continue
for i in y: print(i); break
def f(): return 1; pass
class C: x = 1; y = 2
with a: b; c
try: a; b
except E: c; d
else: e
finally: f; g
