from varna.cli import main

raise SystemExit(main())
