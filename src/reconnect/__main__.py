from reconnect.cli import main

main()
