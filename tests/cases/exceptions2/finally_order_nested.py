log = []
def work(n):
    try:
        log.append("outer-try")
        try:
            log.append("inner-try")
            if n == 0:
                raise ValueError("zero")
            return 10 // n
        except ValueError:
            log.append("inner-except")
            raise
        finally:
            log.append("inner-finally")
    except ValueError:
        log.append("outer-except")
        return -1
    finally:
        log.append("outer-finally")

print(work(5), log)
log.clear()
print(work(0), log)
