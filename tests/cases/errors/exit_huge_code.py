import sys
print('bye')
sys.exit(2 ** 70)
