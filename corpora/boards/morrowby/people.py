"""The people of the invented Morrowby Safeguarding Children Partnership."""

from corpora.model import Person

CHAIR = Person("Dame Philippa Lorrimer", "Independent Chair")
PM = Person("Nasreen Holt", "Partnership Manager")
DCS = Person("Jacqueline Oduwole", "Director of Children's Services, Morrowby City Council")
POLICE = Person("Superintendent Craig Albright", "Morrowby Police")
DOC = Person("Dr Helena Vasquez-Reid", "Designated Doctor for Safeguarding Children")
EH = Person("Paul Kettering", "Head of Early Help")
DA = Person("Anita Szymanska", "Domestic Abuse Coordinator")
EDU = Person("Graham Fielder", "Principal Education Safeguarding Officer")


def said(p) -> str:
    return f"{p.name}, {p.role}"
