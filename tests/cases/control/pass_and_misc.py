def stub():
    pass

if True:
    pass
else:
    pass
for i in range(3):
    pass
while False:
    pass
print(stub())
x = 1
if x == 1:
    pass
    print('after pass')
i = 0
while i < 3:
    i += 1
    pass
print(i)
print('done')
