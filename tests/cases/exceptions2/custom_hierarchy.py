class AppError(Exception):
    pass

class DbError(AppError):
    def __init__(self, table, msg):
        super().__init__(f"{table}: {msg}")
        self.table = table

class NotFound(DbError):
    pass

errors = [NotFound("users", "id 5"), DbError("orders", "locked"), AppError("generic"), ValueError("v")]
for err in errors:
    try:
        raise err
    except NotFound as e:
        print("NotFound", e, e.table)
    except DbError as e:
        print("DbError", e, e.args)
    except AppError as e:
        print("AppError", e)
    except Exception as e:
        print("other", type(e).__name__, e)
print(issubclass(NotFound, AppError), NotFound.__mro__[1].__name__)
