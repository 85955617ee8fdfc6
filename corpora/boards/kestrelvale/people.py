"""The people of the invented Kestrel Vale Safeguarding Children Partnership."""

from corpora.model import Person

SCRUT = Person("Professor Adaeze Whitcombe", "Independent Scrutineer")
DCS = Person("Joanna Pilbeam", "Director of Children's Services, Kestrel Vale Council")
POLICE = Person(
    "Chief Superintendent Marcus Hollin", "Head of Public Protection, Kestrel Vale Constabulary"
)
HEALTH = Person("Siân Corrigan", "Director of Nursing, Kestrel Vale Clinical Commissioning Group")
HEALTH_ICB = Person("Siân Corrigan", "Chief Nurse, Kestrel Vale Integrated Care Board")
BM = Person("Ruth Abernethy", "Partnership Business Manager")
DOC = Person("Dr Kwame Ellery", "Designated Doctor for Safeguarding Children")
LD = Person("Hollie Brandt", "Learning and Development Coordinator")
DI = Person("Detective Inspector Gareth Sowerby", "Co-Chair of the Exploitation Sub-Group")
NURSE = Person("Lucinda Frayne", "Designated Nurse for Safeguarding Children")
EDU = Person("Tariq Lindqvist", "Education Safeguarding Lead")


def said(p: Person) -> str:
    return f"{p.name}, {p.role}"
