class LibraryError(Exception):
    pass


class Book:
    def __init__(self, isbn, title, author):
        self.isbn = isbn
        self.title = title
        self.author = author
        self.borrower = None

    @property
    def available(self):
        return self.borrower is None

    def __repr__(self):
        return f"Book({self.title!r})"


class Member:
    limit = 2

    def __init__(self, name):
        self.name = name
        self.books = []

    def __repr__(self):
        return f"Member({self.name!r}, {len(self.books)} books)"


class Premium(Member):
    limit = 4


class Library:
    def __init__(self):
        self.catalog = {}
        self.members = {}
        self.log = []

    def add_book(self, *args):
        book = Book(*args)
        self.catalog[book.isbn] = book
        return book

    def join(self, member):
        self.members[member.name] = member
        return member

    def checkout(self, name, isbn):
        member = self.members.get(name)
        if member is None:
            raise LibraryError(f"no member named {name!r}")
        book = self.catalog.get(isbn)
        if book is None:
            raise LibraryError(f"no book with isbn {isbn}")
        if not book.available:
            raise LibraryError(f"{book.title!r} is already borrowed by {book.borrower.name}")
        if len(member.books) >= member.limit:
            raise LibraryError(f"{member.name} reached the limit of {member.limit}")
        book.borrower = member
        member.books.append(book)
        self.log.append(("out", name, isbn))

    def checkin(self, isbn):
        book = self.catalog[isbn]
        if book.available:
            raise LibraryError(f"{book.title!r} was not borrowed")
        book.borrower.books.remove(book)
        book.borrower = None
        self.log.append(("in", isbn))

    def search(self, text):
        text = text.lower()
        return sorted([b.title for b in self.catalog.values()
                       if text in b.title.lower() or text in b.author.lower()])


lib = Library()
lib.add_book(1, "Dune", "Herbert")
lib.add_book(2, "Emma", "Austen")
lib.add_book(3, "Persuasion", "Austen")
lib.add_book(4, "Ulysses", "Joyce")
lib.add_book(5, "Dubliners", "Joyce")
ann = lib.join(Member("ann"))
bob = lib.join(Premium("bob"))
requests = [("ann", 1), ("ann", 2), ("ann", 3), ("bob", 1), ("bob", 3), ("bob", 4),
            ("bob", 5), ("cy", 2), ("bob", 9)]
for name, isbn in requests:
    try:
        lib.checkout(name, isbn)
        print(f"{name} took {lib.catalog[isbn].title}")
    except LibraryError as e:
        print("refused:", e)
print(ann, bob, ann.books, bob.books)
lib.checkin(1)
try:
    lib.checkin(1)
except LibraryError as e:
    print("refused:", e)
lib.checkout("bob", 1)
print(bob.books, [b.title for b in lib.catalog.values() if b.available])
print(lib.search("austen"), lib.search("DU"))
print(len(lib.log), lib.log[-2:])
