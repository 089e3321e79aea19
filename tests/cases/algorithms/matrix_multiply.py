def matmul(A, B):
    n, m, p = len(A), len(B), len(B[0])
    assert len(A[0]) == m
    return [[sum(A[i][k] * B[k][j] for k in range(m)) for j in range(p)] for i in range(n)]

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def mpow(M, e):
    R = identity(len(M))
    while e:
        if e & 1:
            R = matmul(R, M)
        M = matmul(M, M)
        e >>= 1
    return R

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(matmul(A, B))
print(matmul(B, A))
print(mpow([[1, 1], [1, 0]], 10))
print(mpow([[1, 1], [1, 0]], 90)[0][1])
print(matmul(identity(3), [[1], [2], [3]]))
