from corpora.variants.build import main

raise SystemExit(main())
