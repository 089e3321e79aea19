def collect():
    problems = []
    for i in range(3):
        try:
            if i == 1:
                raise IndexError(i)
            {}['missing' + str(i)]
        except LookupError as e:
            problems.append(e)
    raise ExceptionGroup('collected', problems)
def main():
    collect()
main()
