# No name is close enough: no "Did you mean".
alpha = 1
beta = 2
print(gamma_ray)
