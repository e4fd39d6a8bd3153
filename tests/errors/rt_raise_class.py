def stub():
    raise NotImplementedError

stub()
