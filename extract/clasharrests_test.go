package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestClashArrests checks the arrests a clash's own sentence tells in a
// clause of their own, the forces acting (art17, family "merged into
// another act of the same report"; testdata/gold/README.md: a clash
// followed by arrests is two incidents, an armed_clash with the dead and
// a security_operation with the arrests): "killed three gunmen and
// detained two", "neutralizando a dos agresores y logrando la detención
// de tres", "tras repeler la agresión ..., se detuvo a tres". The
// controls are the clash's own people told in the passive ("uno murió y
// dos más fueron detenidos": the clash's toll), an operation with no
// attack on the forces, and a clash with no arrest.
func TestClashArrests(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 18, 12, 0, 0, 0, mexico) // a Friday
	tests := []struct {
		name, lang, text string
		killed, detained int // of the clash; of the operation (0: none)
		wantOp           bool
	}{
		{name: "killed and detained, English", lang: "en",
			text:   "MEXICO CITY - Soldiers killed four gunmen and detained three after coming under fire during a patrol in Fresnillo early Thursday, the Defense Ministry said.",
			killed: 4, detained: 3, wantOp: true},
		{name: "gerund clause of the arrest", lang: "es",
			text:     "La Secretaría de Marina informa que, alrededor de las 05:10 horas de este jueves, personal naval fue agredido con disparos de arma de fuego por civiles armados en Fresnillo, Zacatecas, y repelió la agresión, neutralizando a dos agresores y logrando la detención de tres personas más.",
			detained: 3, wantOp: true}, // ("neutralizando" is no toll yet)
		{name: "impersonal arrest after a comma", lang: "es",
			text:   "En Fresnillo, elementos de la Guardia Nacional fueron agredidos la madrugada de este jueves mientras patrullaban; tras repeler la agresión, en la que perdió la vida un agresor, se detuvo a cuatro personas.",
			killed: 1, detained: 4, wantOp: true},
		// Controls.
		{name: "passive arrest of the clash's own people", lang: "es",
			text:   "FRESNILLO, Zac.- Elementos del Ejército y civiles armados se enfrentaron a balazos la noche de este jueves en la colonia Centro. Un agresor murió y dos más fueron detenidos.",
			killed: 1},
		{name: "a clash with no arrest", lang: "en",
			text:   "MEXICO CITY - Soldiers killed four gunmen after coming under fire during a patrol in Fresnillo early Thursday, the Defense Ministry said.",
			killed: 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "a17", Lang: tt.lang, Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			var clash, op *model.Incident
			for k := range got {
				switch got[k].Type {
				case model.ArmedClash:
					if clash == nil {
						clash = &got[k]
					}
				case model.SecurityOperation:
					op = &got[k]
				}
			}
			if clash == nil {
				t.Fatalf("no armed_clash in %v", actTypes(got))
			}
			if tt.killed > 0 && (clash.Killed == nil || clash.Killed.N != tt.killed) {
				t.Errorf("clash killed = %v, want %d", clash.Killed, tt.killed)
			}
			if !tt.wantOp {
				if op != nil {
					t.Errorf("security_operation found, want none: %v", actTypes(got))
				}
				return
			}
			if op == nil {
				t.Fatalf("no security_operation in %v", actTypes(got))
			}
			if op.Detained == nil || op.Detained.N != tt.detained {
				t.Errorf("operation detained = %v, want %d", op.Detained, tt.detained)
			}
			if clash.Detained != nil {
				t.Errorf("clash detained = %v, want none (the operation's)", clash.Detained)
			}
		})
	}
}
