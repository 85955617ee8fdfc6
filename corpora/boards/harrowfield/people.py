"""The people of the invented Harrowfield Safeguarding Children Board."""

from corpora.model import Person

CHAIR = Person("Rosalind Ashworth-Kerr", "Independent Chair")
BM = Person("Tobias Wren", "Business Manager")
VICE = Person("Detective Superintendent Nadia Fairclough", "Vice-Chair")
DCS = Person("Helen Marchbank", "Director of Children's Services")
DCS2 = Person("Samir Oduya", "Director of Children's Services")
CEO = Person("Owen Treharne", "Chief Executive of Harrowfield Metropolitan Borough Council")
CLLR = Person("Cllr Priya Dunmore", "Cabinet Member for Children and Families")
DOC = Person("Dr Imogen Pell", "Designated Doctor for Safeguarding Children")
QA = Person("Callum Breck", "Head of Quality Assurance")
CDOP = Person("Dr Farid Lomax", "Consultant in Public Health")
COMMS = Person("Lena Okafor-Smith", "Communications and Learning Officer")
EDU = Person("Bernard Tolley", "Head of Safeguarding in Education")
NURSE = Person("Gwen Stavely", "Chief Nurse, Harrowfield Hospitals NHS Trust")
VOL = Person("Maureen Achebe-Lyle", "Chief Executive, Harrowfield Voluntary Action")
SCRUT = Person("Professor Alan Greaves-Mott", "Independent Scrutineer")
DI = Person("Detective Inspector Owain Prosser", "Co-Chair of the Child Exploitation Sub-Group")
ADOL = Person("Kerry Blakeman", "Head of Service for Adolescents")


def said(p: Person) -> str:
    """'Name, Role' as reports write it."""
    return f"{p.name}, {p.role}"
